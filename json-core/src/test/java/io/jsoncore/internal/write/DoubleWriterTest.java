package io.jsoncore.internal.write;

import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import io.jsoncore.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Tests for {@link DoubleWriter}: orjson's layout, shortest digits and the {@link DoubleWriter#MAX_LENGTH} bound.
 */
class DoubleWriterTest {

	private static final int SHARED_VECTORS = 44_285;

	private static final int RANDOM_DOUBLES = 300_000;

	private static final int RANDOM_FLOATS = 200_000;

	private static final boolean SHORTEST_TO_STRING = Runtime.version().feature() >= 19;

	static Stream<Arguments> doubles() {
		return Stream.of(
				arguments(0.0, "0.0"),
				arguments(-0.0, "-0.0"),
				arguments(Double.NaN, "null"),
				arguments(Double.POSITIVE_INFINITY, "null"),
				arguments(Double.NEGATIVE_INFINITY, "null"),
				arguments(1.0, "1.0"),
				arguments(-1.5, "-1.5"),
				arguments(0.5, "0.5"),
				arguments(100.0, "100.0"),
				arguments(43210.0, "43210.0"),
				arguments(1e15, "1000000000000000.0"),
				arguments(-5942736479622170.0, "-5942736479622170.0"),
				arguments(12.34, "12.34"),
				arguments(0.8701, "0.8701"),
				arguments(123456789.123, "123456789.123"),
				arguments(0.1, "0.1"),
				arguments(0.2, "0.2"),
				arguments(0.1 + 0.2, "0.30000000000000004"),
				arguments(0.001, "0.001"),
				arguments(0.0001, "0.0001"),
				arguments(1e-5, "0.00001"),
				arguments(3e-5, "0.00003"),
				arguments(2.5e-5, "0.000025"),
				arguments(-1.2345678901234568e-5, "-0.000012345678901234568"),
				arguments(1e16, "1e+16"),
				arguments(1.2345678901234568e16, "1.2345678901234568e+16"),
				arguments(1e21, "1e+21"),
				arguments(1e22, "1e+22"),
				arguments(1e23, "1e+23"),
				arguments(1e-6, "1e-6"),
				arguments(1e-7, "1e-7"),
				arguments(9.5367431640625e-7, "9.5367431640625e-7"),
				arguments(1.5e-10, "1.5e-10"),
				arguments(6.62607015e-34, "6.62607015e-34"),
				arguments(1.23456789e34, "1.23456789e+34"),
				arguments(Double.MIN_VALUE, "5e-324"),
				arguments(-Double.MIN_VALUE, "-5e-324"),
				arguments(2 * Double.MIN_VALUE, "1e-323"),
				arguments(3 * Double.MIN_VALUE, "1.5e-323"),
				arguments(1.23e-308, "1.23e-308"),
				arguments(Double.MIN_NORMAL, "2.2250738585072014e-308"),
				arguments(-Double.MIN_NORMAL, "-2.2250738585072014e-308"),
				arguments(Math.nextDown(Double.MIN_NORMAL), "2.225073858507201e-308"),
				arguments(Double.MAX_VALUE, "1.7976931348623157e+308"),
				arguments(-Double.MAX_VALUE, "-1.7976931348623157e+308"),
				arguments(9007199254740991.0, "9007199254740991.0"),
				arguments(9007199254740992.0, "9007199254740992.0"),
				arguments(9007199254740994.0, "9007199254740994.0"),
				arguments(9999999999999998.0, "9999999999999998.0"),
				arguments(18014398509481984.0, "1.8014398509481984e+16"),
				arguments(4.35679e-10, "4.35679e-10"),
				arguments(1.0 / 3, "0.3333333333333333"),
				arguments(2.0 / 3, "0.6666666666666666"),
				arguments(Math.PI, "3.141592653589793"),
				arguments(Math.E * 1e100, "2.718281828459045e+100"),
				arguments(5e-5, "0.00005"),
				arguments(9.999999999999999e-6, "9.999999999999999e-6"),
				arguments(123456789012345.67, "123456789012345.67"),
				arguments(1234567890123456.8, "1234567890123456.8"));
	}

	static Stream<Arguments> floats() {
		return Stream.of(
				arguments(0.0f, "0.0"),
				arguments(-0.0f, "-0.0"),
				arguments(Float.NaN, "null"),
				arguments(Float.POSITIVE_INFINITY, "null"),
				arguments(Float.NEGATIVE_INFINITY, "null"),
				arguments(0.1f, "0.1"),
				arguments(0.3f, "0.3"),
				arguments(-1.5f, "-1.5"),
				arguments(1.0f / 3, "0.33333334"),
				arguments(123456.7f, "123456.7"),
				arguments(16777216f, "16777216.0"),
				arguments(1e10f, "10000000000.0"),
				arguments(1e15f, "1000000000000000.0"),
				arguments(1e16f, "1e+16"),
				arguments(1e-5f, "0.00001"),
				arguments(1e-6f, "1e-6"),
				arguments(Float.MIN_VALUE, "1e-45"),
				arguments(-Float.MIN_VALUE, "-1e-45"),
				arguments(Float.intBitsToFloat(21), "3e-44"),
				arguments(Float.MIN_NORMAL, "1.1754944e-38"),
				arguments(Float.MAX_VALUE, "3.4028235e+38"),
				arguments(-Float.MAX_VALUE, "-3.4028235e+38"),
				arguments(3.1415927f, "3.1415927"));
	}

	@ParameterizedTest
	@MethodSource("doubles")
	void writesDoublesInOrjsonLayout(double value, String expected) {
		assertThat(writeDouble(value)).isEqualTo(expected);
	}

	@ParameterizedTest
	@MethodSource("floats")
	void writesFloatsWithFloatShortestDigits(float value, String expected) {
		assertThat(writeFloat(value)).isEqualTo(expected);
	}

	@Test
	void writesUpToMaxLengthBytes() {
		byte[] buf = new byte[3 + DoubleWriter.MAX_LENGTH + 8];
		Arrays.fill(buf, (byte) '#');
		int end = DoubleWriter.writeDouble(buf, 3, -1.2345678901234568e-5);
		assertThat(end).isEqualTo(3 + DoubleWriter.MAX_LENGTH);
		assertThat(new String(buf, StandardCharsets.US_ASCII)).isEqualTo("###-0.000012345678901234568########");
		assertThat(writeDouble(-2.2250738585072014e-308)).hasSize(DoubleWriter.MAX_LENGTH);
	}

	@Test
	void writesAtTheGivenPositionAndTouchesNothingOutsideMaxLength() {
		double[] values = { 0.0, -1.5, 1e-7, 12.34, 0.00003, 1e16, -1.2345678901234568e16, Double.NaN, 123456789.123,
				-1.2345678901234568e-5, -2.2250738585072014e-308, -1234567890123456.8 };
		for (double value : values) {
			byte[] buf = new byte[5 + DoubleWriter.MAX_LENGTH + 5];
			Arrays.fill(buf, (byte) '#');
			int end = DoubleWriter.writeDouble(buf, 5, value);
			String text = new String(buf, StandardCharsets.US_ASCII);
			assertThat(text.substring(5, end)).isEqualTo(writeDouble(value));
			assertThat(text).startsWith("#####").endsWith("#####");
		}
		byte[] buf = new byte[5 + DoubleWriter.MAX_LENGTH + 5];
		Arrays.fill(buf, (byte) '#');
		int end = DoubleWriter.writeFloat(buf, 5, -0.1f);
		String text = new String(buf, StandardCharsets.US_ASCII);
		assertThat(text.substring(5, end)).isEqualTo("-0.1");
		assertThat(text).startsWith("#####").endsWith("#####");
	}

	@Test
	void packsEightDigits() {
		// The lane arithmetic relies on k / 100 = (k * 5243) >>> 19 for k < 10^4 and j / 10 = (j * 103) >>> 10 for j < 100.
		for (int k = 0; k < 10_000; k++) {
			assertThat((k * 5243) >>> 19).isEqualTo(k / 100);
		}
		for (int j = 0; j < 100; j++) {
			assertThat((j * 103) >>> 10).isEqualTo(j / 10);
		}
		SplittableRandom random = new SplittableRandom(8);
		for (int i = 0; i < 200_000; i++) {
			int n = (i < 1000) ? i * 99_999 : random.nextInt(100_000_000);
			// The digits of n, most significant first, from the lowest byte up.
			long expected = 0;
			int rest = n;
			for (int b = 7; b >= 0; b--) {
				expected |= (long) ('0' + rest % 10) << (b << 3);
				rest /= 10;
			}
			if (DoubleWriter.eightDigits(n) != expected) {
				assertThat(Long.toHexString(DoubleWriter.eightDigits(n))).as("%d", n).isEqualTo(Long.toHexString(expected));
			}
		}
	}

	@Test
	void writesTheShortestDigitsOfTheSharedVectors() throws IOException {
		Path path = SharedData.require("conformance/float-parsing/derived/f64-shortest.txt");
		int count = 0;
		try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.US_ASCII)) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isEmpty()) {
					continue;
				}
				String[] fields = line.split(" ");
				long bits = Long.parseUnsignedLong(fields[0], 16);
				String text = writeDouble(Double.longBitsToDouble(bits));
				Decimal expected = new Decimal(Long.parseLong(fields[1]), Integer.parseInt(fields[2]));
				if (!Decimal.of(text).equals(expected)) {
					assertThat(Decimal.of(text)).as(line).isEqualTo(expected);
				}
				if (Double.doubleToRawLongBits(Double.parseDouble(text)) != bits) {
					assertThat(Double.doubleToRawLongBits(Double.parseDouble(text))).as(line).isEqualTo(bits);
				}
				count++;
			}
		}
		assertThat(count).isEqualTo(SHARED_VECTORS);
	}

	@Test
	void roundTripsRandomDoublesWithShortestDigits() {
		SplittableRandom random = new SplittableRandom(0x5EED_D0B1EL);
		byte[] buf = new byte[DoubleWriter.MAX_LENGTH];
		for (int i = 0; i < RANDOM_DOUBLES; i++) {
			long bits = random.nextLong();
			if ((i & 7) == 0) {
				// Also small integers, short decimals and subnormals.
				bits = (i & 8) == 0 ? Double.doubleToRawLongBits(random.nextInt(1_000_000) / 1000.0) : bits >>> 12;
			}
			double value = Double.longBitsToDouble(bits);
			if (!Double.isFinite(value)) {
				continue;
			}
			String text = new String(buf, 0, DoubleWriter.writeDouble(buf, 0, value), StandardCharsets.US_ASCII);
			long parsed = Double.doubleToRawLongBits(Double.parseDouble(text));
			if (parsed != bits) {
				assertThat(parsed).as(text).isEqualTo(bits);
			}
			if (SHORTEST_TO_STRING) {
				assertSameDigitsAsJdk(text, Double.toString(value));
			}
		}
	}

	@Test
	void roundTripsRandomFloatsWithShortestDigits() {
		SplittableRandom random = new SplittableRandom(0xF10A7L);
		byte[] buf = new byte[DoubleWriter.MAX_LENGTH];
		for (int i = 0; i < RANDOM_FLOATS; i++) {
			int bits = random.nextInt();
			if ((i & 7) == 0) {
				bits >>>= 8;
			}
			float value = Float.intBitsToFloat(bits);
			if (!Float.isFinite(value)) {
				continue;
			}
			String text = new String(buf, 0, DoubleWriter.writeFloat(buf, 0, value), StandardCharsets.US_ASCII);
			int parsed = Float.floatToRawIntBits(Float.parseFloat(text));
			if (parsed != bits) {
				assertThat(parsed).as(text).isEqualTo(bits);
			}
			if (SHORTEST_TO_STRING) {
				assertSameDigitsAsJdk(text, Float.toString(value));
			}
		}
	}

	@Test
	void writesEveryFloatBinadeBoundary() {
		for (int exponent = 0; exponent < 255; exponent++) {
			for (int fraction : new int[] { 0, 1, 2, 0x7FFFFF, 0x400000 }) {
				float value = Float.intBitsToFloat((exponent << 23) | fraction);
				String text = writeFloat(value);
				if (Float.parseFloat(text) != value) {
					assertThat(Float.parseFloat(text)).as(text).isEqualTo(value);
				}
			}
		}
	}

	@Test
	void writesEveryDoubleBinadeBoundary() {
		for (long exponent = 0; exponent < 2047; exponent++) {
			for (long fraction : new long[] { 0, 1, 2, 0xF_FFFF_FFFF_FFFFL, 1L << 51 }) {
				double value = Double.longBitsToDouble((exponent << 52) | fraction);
				String text = writeDouble(value);
				if (Double.parseDouble(text) != value) {
					assertThat(Double.parseDouble(text)).as(text).isEqualTo(value);
				}
			}
		}
	}

	@Test
	void writesEveryPowerOfTenInRange() {
		for (int exponent = -323; exponent <= 308; exponent++) {
			double value = Double.parseDouble("1e" + exponent);
			String expected;
			if (exponent < -5 || exponent > 15) {
				expected = "1e" + ((exponent < 0) ? "-" : "+") + Math.abs(exponent);
			}
			else if (exponent >= 0) {
				expected = "1" + "0".repeat(exponent) + ".0";
			}
			else {
				expected = "0." + "0".repeat(-exponent - 1) + "1";
			}
			assertThat(writeDouble(value)).isEqualTo(expected);
		}
	}

	@Test
	void holdsTheTableOfPowersOfTen() {
		BigInteger mask63 = BigInteger.ONE.shiftLeft(63).subtract(BigInteger.ONE);
		for (int k = -324; k <= 292; k++) {
			// g = floor(10^-k * 2^-r) + 1 in [2^125, 2^126)
			BigInteger g;
			if (k <= 0) {
				BigInteger power = BigInteger.TEN.pow(-k);
				int shift = 126 - power.bitLength();
				g = ((shift >= 0) ? power.shiftLeft(shift) : power.shiftRight(-shift)).add(BigInteger.ONE);
			}
			else {
				BigInteger power = BigInteger.TEN.pow(k);
				g = BigInteger.ONE.shiftLeft(125 + power.bitLength()).divide(power).add(BigInteger.ONE);
			}
			assertThat(DoubleWriter.g(k)).as("k = %d", k)
				.containsExactly(g.shiftRight(63).longValue(), g.and(mask63).longValue());
			// 10^-k = g * 2^r with r = floorLog2Pow10(-k) - 125, which roundToOdd relies on.
			int floorLog2 = (k <= 0) ? BigInteger.TEN.pow(-k).bitLength() - 1 : -BigInteger.TEN.pow(k).bitLength();
			assertThat(DoubleWriter.floorLog2Pow10(-k)).isEqualTo(floorLog2);
		}
	}

	@Test
	void computesFloorLogarithmsExactly() {
		for (int e = -1200; e <= 1200; e++) {
			// 10^k <= 2^e < 10^(k + 1), and 10^k <= 3 * 2^(e - 2) < 10^(k + 1)
			int k = DoubleWriter.floorLog10Pow2(e);
			assertThat(compare(BigInteger.ONE, e, k)).as("e = %d", e).isGreaterThanOrEqualTo(0);
			assertThat(compare(BigInteger.ONE, e, k + 1)).as("e = %d", e).isLessThan(0);
			int kThreeQuarters = DoubleWriter.floorLog10ThreeQuartersPow2(e);
			assertThat(compare(BigInteger.valueOf(3), e - 2, kThreeQuarters)).as("e = %d", e).isGreaterThanOrEqualTo(0);
			assertThat(compare(BigInteger.valueOf(3), e - 2, kThreeQuarters + 1)).as("e = %d", e).isLessThan(0);
		}
	}

	@Test
	void countsDigits() {
		long power = 1;
		for (int digits = 1; digits <= 18; digits++) {
			assertThat(DoubleWriter.digitCount(power)).isEqualTo(digits);
			assertThat(DoubleWriter.digitCount(power * 10 - 1)).isEqualTo(digits);
			power *= 10;
		}
	}

	/** Signum of m * 2^e - 10^k. */
	private static int compare(BigInteger m, int e, int k) {
		BigInteger left = m;
		BigInteger right = BigInteger.ONE;
		if (e >= 0) {
			left = left.shiftLeft(e);
		}
		else {
			right = right.shiftLeft(-e);
		}
		if (k >= 0) {
			right = right.multiply(BigInteger.TEN.pow(k));
		}
		else {
			left = left.multiply(BigInteger.TEN.pow(-k));
		}
		return left.compareTo(right);
	}

	/**
	 * Since JDK 19 {@code toString} gives the shortest digits too, except that where one digit would do
	 * it may pick the closest two-digit decimal ({@code 4.9E-324}); ours is then the one-digit one.
	 */
	private static void assertSameDigitsAsJdk(String ours, String jdk) {
		Decimal mine = Decimal.of(ours);
		Decimal theirs = Decimal.of(jdk);
		boolean shorter = mine.digits() < 10 && theirs.digits() >= 10 && theirs.digits() < 100;
		if (!shorter && !mine.equals(theirs)) {
			assertThat(mine).as("%s vs %s", ours, jdk).isEqualTo(theirs);
		}
	}

	private static String writeDouble(double value) {
		byte[] buf = new byte[DoubleWriter.MAX_LENGTH];
		return new String(buf, 0, DoubleWriter.writeDouble(buf, 0, value), StandardCharsets.US_ASCII);
	}

	private static String writeFloat(float value) {
		byte[] buf = new byte[DoubleWriter.MAX_LENGTH];
		return new String(buf, 0, DoubleWriter.writeFloat(buf, 0, value), StandardCharsets.US_ASCII);
	}

	/** A decimal as its significant digits (no trailing zeros; zero is 0) times 10^exponent. */
	record Decimal(long digits, int exponent) {

		/** Reads plain or scientific text such as {@code -0.00125}, {@code 1.5e+16} or {@code 4.9E-324}. */
		static Decimal of(String text) {
			long digits = 0;
			int exponent = 0;
			boolean fraction = false;
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (c == 'e' || c == 'E') {
					exponent += Integer.parseInt(text.substring(i + 1));
					break;
				}
				if (c == '.') {
					fraction = true;
				}
				else if (c != '-') {
					digits = digits * 10 + (c - '0');
					if (fraction) {
						exponent--;
					}
				}
			}
			if (digits == 0) {
				return new Decimal(0, 0);
			}
			while (digits % 10 == 0) {
				digits /= 10;
				exponent++;
			}
			return new Decimal(digits, exponent);
		}
	}
}
