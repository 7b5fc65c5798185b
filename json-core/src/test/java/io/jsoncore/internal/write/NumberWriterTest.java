package io.jsoncore.internal.write;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NumberWriterTest {

	@Test
	void writeLongMatchesLongToStringAroundEveryPowerOfTen() {
		long power = 1;
		for (int digits = 1; digits <= 19; digits++) {
			for (long delta = -2; delta <= 2; delta++) {
				assertWritesLong(power + delta);
				assertWritesLong(-(power + delta));
			}
			if (digits < 19) {
				power *= 10; // 10^18 is the largest power of ten a long holds
			}
		}
	}

	@Test
	void writeLongMatchesLongToStringAtTheEdges() {
		long[] edges = { 0, Long.MIN_VALUE, Long.MIN_VALUE + 1, Long.MAX_VALUE, Integer.MIN_VALUE,
				Integer.MIN_VALUE - 1L, Integer.MIN_VALUE + 1L, Integer.MAX_VALUE, Integer.MAX_VALUE + 1L };
		for (long edge : edges) {
			assertWritesLong(edge);
		}
	}

	@Test
	void writeLongMatchesLongToStringForEverySmallValue() {
		for (long value = -100_000; value <= 100_000; value++) {
			assertWritesLong(value);
		}
	}

	@Test
	void writeLongMatchesLongToStringForRandomValuesOfEveryLength() {
		SplittableRandom random = new SplittableRandom(6);
		for (int i = 0; i < 200_000; i++) {
			// a random bit length, so that every digit count is as likely as any other
			long value = random.nextLong() >> random.nextInt(64);
			assertWritesLong(value);
		}
	}

	@Test
	void writeIntMatchesIntegerToString() {
		SplittableRandom random = new SplittableRandom(7);
		int[] edges = { 0, Integer.MIN_VALUE, Integer.MIN_VALUE + 1, Integer.MAX_VALUE, 9, 10, 99, 100, 9_999,
				10_000, 99_999_999, 100_000_000, 999_999_999, 1_000_000_000 };
		for (int edge : edges) {
			assertWritesInt(edge);
			assertWritesInt(-edge);
		}
		for (int i = 0; i < 200_000; i++) {
			assertWritesInt(random.nextInt() >> random.nextInt(32));
		}
	}

	@Test
	void eightDigitsReciprocalsAreExactOverTheirLanes() {
		// eightDigits divides 32-bit lanes below 10,000 by 100 and 16-bit lanes below 100 by 10 with these
		for (int x = 0; x < 10_000; x++) {
			assertThat((x * 10486L) >>> 20).as("%d / 100", x).isEqualTo(x / 100);
		}
		for (int y = 0; y < 100; y++) {
			assertThat((y * 103) >>> 10).as("%d / 10", y).isEqualTo(y / 10);
		}
	}

	@Test
	void eightDigitsPutsTheFirstDigitInTheLowestByte() {
		assertThat(NumberWriter.eightDigits(12_345_678)).isEqualTo(0x0807_0605_0403_0201L);
		assertThat(NumberWriter.eightDigits(90_000_009)).isEqualTo(0x0900_0000_0000_0009L);
		assertThat(NumberWriter.eightDigits(0)).isZero();
	}

	@Test
	void writeIntOverwritesNoMoreThanItsReservedRoom() {
		byte[] buf = new byte[NumberWriter.MAX_LONG_LENGTH];
		int end = NumberWriter.writeInt(buf, 0, 7_654_321);
		assertThat(new String(buf, 0, end, StandardCharsets.US_ASCII)).isEqualTo("7654321");
		end = NumberWriter.writeLong(buf, 0, Long.MIN_VALUE);
		assertThat(end).isEqualTo(NumberWriter.MAX_LONG_LENGTH);
	}

	@Test
	void digitCountCountsDecimalDigits() {
		for (int value = 1, digits = 1; digits <= 10; digits++) {
			assertThat(NumberWriter.digitCount(value)).isEqualTo(digits);
			assertThat(NumberWriter.digitCount(digits == 10 ? Integer.MAX_VALUE : value * 10 - 1)).isEqualTo(digits);
			value = digits == 10 ? value : value * 10;
		}
		assertThat(NumberWriter.digitCount(0)).isEqualTo(1);
	}

	private static void assertWritesLong(long value) {
		byte[] buf = new byte[NumberWriter.MAX_LONG_LENGTH + 2];
		buf[0] = 'x';
		int end = NumberWriter.writeLong(buf, 1, value);
		assertThat(new String(buf, 1, end - 1, StandardCharsets.US_ASCII)).as("writeLong(%d)", value)
			.isEqualTo(Long.toString(value));
		assertThat(buf[0]).isEqualTo((byte) 'x');
	}

	private static void assertWritesInt(int value) {
		byte[] buf = new byte[13];
		int end = NumberWriter.writeInt(buf, 1, value);
		assertThat(new String(buf, 1, end - 1, StandardCharsets.US_ASCII)).as("writeInt(%d)", value)
			.isEqualTo(Integer.toString(value));
	}
}
