package io.jsoncore.internal.decode;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.jsoncore.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Tests for {@link DoubleParser}: correct rounding for short and long significands, exponents of any
 * length, overflow and underflow.
 */
class DoubleParserTest {

	private static final Pattern JSON_NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

	private static final int JSON_VECTORS = 52_863;

	private static final int OVERFLOWING_VECTORS = 269;

	private static final long INFINITY_BITS = 0x7FF0_0000_0000_0000L;

	/** 0, 1, 2^53, 2^53 + 1, 2^63, 2^64 - 1 and 10^19 - 1, the last three above Long.MAX_VALUE. */
	private static final long[] EDGE_SIGNIFICANDS = { 0, 1, 1L << 53, (1L << 53) + 1, 1L << 63, -1L,
			Long.parseUnsignedLong("9999999999999999999") };

	static Stream<Arguments> texts() {
		return Stream.of(
				arguments("0", 0.0),
				arguments("-0", -0.0),
				arguments("-0.0", -0.0),
				arguments("0e5", 0.0),
				arguments("-0.0e-5", -0.0),
				arguments("0.000e+100000000000000000000000", 0.0),
				arguments("1", 1.0),
				arguments("1E2", 100.0),
				arguments("1e+2", 100.0),
				arguments("12.5e-1", 1.25),
				arguments("0.1", 0.1),
				arguments("-2.5", -2.5),
				arguments("1.000000000000000005", 1.0),
				arguments("9007199254740993", 9007199254740992.0),
				arguments("9007199254740995", 9007199254740996.0),
				arguments("9007199254740993.0000000000000000001", 9007199254740994.0),
				arguments("90071992547409930e-1", 9007199254740992.0),
				arguments("4503599627370496.5", 4503599627370496.0),
				arguments("4503599627370497.5", 4503599627370498.0),
				arguments("1125899906842624.25", 1125899906842624.25),
				arguments("281474976710656.0625", 281474976710656.0625),
				arguments("18446744073709551615", 18446744073709551615.0),
				arguments("18446744073709551616", 18446744073709551616.0),
				arguments("1e-999", 0.0),
				arguments("-1e-999", -0.0),
				arguments("123.456e-789", 0.0),
				arguments("123e-10000000", 0.0),
				arguments("1e-100000000000000000000000", 0.0),
				arguments("-1e-100000000000000000000000", -0.0),
				arguments("1e400", Double.POSITIVE_INFINITY),
				arguments("-1e+9999", Double.NEGATIVE_INFINITY),
				arguments("1e100000000000000000000000", Double.POSITIVE_INFINITY),
				arguments("1e0000000000000000000000308", 1e308),
				arguments("1.7976931348623157e308", Double.MAX_VALUE),
				arguments("1.7976931348623158e308", Double.MAX_VALUE),
				arguments("1.7976931348623159e308", Double.POSITIVE_INFINITY),
				arguments("2.225073858507201e-308", Double.longBitsToDouble(0x000F_FFFF_FFFF_FFFFL)),
				arguments("2.2250738585072011e-308", Double.longBitsToDouble(0x000F_FFFF_FFFF_FFFFL)),
				arguments("2.2250738585072012e-308", Double.MIN_NORMAL),
				arguments("4.9406564584124654e-324", Double.MIN_VALUE),
				arguments("2.4703282292062327e-324", 0.0),
				arguments("2.4703282292062328e-324", Double.MIN_VALUE));
	}

	@ParameterizedTest
	@MethodSource("texts")
	void parsesToTheNearestDouble(String text, double expected) {
		assertThat(Double.doubleToRawLongBits(parse(text))).as(text).isEqualTo(Double.doubleToRawLongBits(expected));
	}

	@Test
	void parsesTheSharedVectors() throws IOException {
		Path folder = SharedData.require("conformance/float-parsing");
		int count = 0;
		int overflowing = 0;
		try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.txt")) {
			for (Path file : files) {
				for (String line : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
					if (line.length() < 32) {
						continue;
					}
					String text = line.substring(31);
					if (!JSON_NUMBER.matcher(text).matches()) {
						continue;
					}
					long expected = Long.parseUnsignedLong(line.substring(14, 30), 16);
					assertBits(parse(text), expected, line);
					assertBits(parse("-" + text), expected ^ Long.MIN_VALUE, line);
					if (expected == INFINITY_BITS) {
						overflowing++;
					}
					count++;
				}
			}
		}
		assertThat(count).isEqualTo(JSON_VECTORS);
		assertThat(overflowing).isEqualTo(OVERFLOWING_VECTORS);
	}

	@Test
	void parsesExponentsOfAnyLength() {
		assertThat(parse("1e" + "0".repeat(25) + "5")).isEqualTo(1e5);
		assertBits(parse("1e-" + "9".repeat(25)), 0L, "1e-9999...");
		assertBits(parse("-1e-" + "9".repeat(25)), Long.MIN_VALUE, "-1e-9999...");
		assertThat(parse("1e" + "9".repeat(25))).isEqualTo(Double.POSITIVE_INFINITY);
		assertThat(parse("1" + "0".repeat(400) + "e-" + "0".repeat(30) + "400")).isEqualTo(1.0);
		assertThat(parse("0." + "0".repeat(400) + "1e401")).isEqualTo(1.0);
		assertBits(parse("9".repeat(50) + "e-" + "9".repeat(20)), 0L, "99...e-99...");
	}

	@Test
	void parsesTenThousandDigits() {
		SplittableRandom random = new SplittableRandom(10_000);
		StringBuilder digits = new StringBuilder("3.");
		for (int i = 0; i < 10_000; i++) {
			digits.append((char) ('0' + random.nextInt(10)));
		}
		String text = digits + "e-5";
		assertThat(parse(text)).isEqualTo(new BigDecimal(text).doubleValue());
		String integer = "7" + digits.substring(2);
		assertThat(parse(integer + "e-9700")).isEqualTo(new BigDecimal(integer + "e-9700").doubleValue());
	}

	@Test
	void roundsHalfwayPointsToEvenWhateverTheirLength() {
		SplittableRandom random = new SplittableRandom(0x4A1F);
		for (int i = 0; i < 400; i++) {
			long bits = random.nextLong(INFINITY_BITS - 1);
			if ((i & 3) == 0) {
				bits = random.nextLong(1L << 52);
			}
			else if ((i & 3) == 1) {
				bits = ((long) random.nextInt(1023 + 49, 1023 + 64) << 52) | random.nextLong(1L << 52);
			}
			double below = Double.longBitsToDouble(bits);
			double above = Math.nextUp(below);
			double even = ((bits & 1) == 0) ? below : above;
			BigDecimal halfway = new BigDecimal(below).add(new BigDecimal(above)).divide(BigDecimal.valueOf(2));
			String exact = halfway.toString();
			assertThat(parse(exact)).as(exact).isEqualTo(even);
			assertThat(parse(padWithZeros(halfway, (i == 0) ? 10_000 : 500) + "1")).isEqualTo(above);
			BigDecimal justBelow = halfway.subtract(BigDecimal.ONE.scaleByPowerOfTen(-halfway.scale() - 500));
			assertThat(parse(justBelow.toString())).isEqualTo(below);
			BigDecimal stripped = halfway.stripTrailingZeros();
			if (stripped.unscaledValue().bitLength() <= 64) {
				assertThat(DoubleParser.fromParts(false, stripped.unscaledValue().longValue(), -stripped.scale()))
					.as(exact).isEqualTo(even);
			}
		}
	}

	@Test
	void roundsAroundHalfTheSmallestSubnormal() {
		String halfway = new BigDecimal(Double.MIN_VALUE).divide(BigDecimal.valueOf(2)).toString();
		assertBits(parse(halfway), 0L, halfway);
		assertBits(parse("-" + halfway), Long.MIN_VALUE, "-" + halfway);
		String above = halfway.replace("E", "1E");
		assertThat(parse(above)).as(above).isEqualTo(Double.MIN_VALUE);
	}

	@Test
	void convertsEdgeSignificandsAtEveryExponent() {
		for (long significand : EDGE_SIGNIFICANDS) {
			BigInteger unsigned = new BigInteger(Long.toUnsignedString(significand));
			for (int exp10 = -400; exp10 <= 400; exp10++) {
				double expected = new BigDecimal(unsigned, -exp10).doubleValue();
				long bits = Double.doubleToRawLongBits(expected);
				assertBits(DoubleParser.fromParts(false, significand, exp10), bits, unsigned + "e" + exp10);
				assertBits(DoubleParser.fromParts(true, significand, exp10), bits ^ Long.MIN_VALUE, "-" + unsigned + "e" + exp10);
			}
		}
	}

	@Test
	void convertsRandomPartsLikeBigDecimal() {
		SplittableRandom random = new SplittableRandom(0xB16D);
		for (int i = 0; i < 40_000; i++) {
			long significand = random.nextLong() >>> random.nextInt(64);
			int exp10 = random.nextInt(-360, 330);
			double expected = new BigDecimal(new BigInteger(Long.toUnsignedString(significand)), -exp10).doubleValue();
			assertBits(DoubleParser.fromParts(false, significand, exp10), Double.doubleToRawLongBits(expected),
					Long.toUnsignedString(significand) + "e" + exp10);
		}
	}

	@Test
	void convertsPartsWithExtremeExponents() {
		assertBits(DoubleParser.fromParts(false, 1, Long.MIN_VALUE), 0L, "1e-huge");
		assertBits(DoubleParser.fromParts(true, -1L, Long.MIN_VALUE), Long.MIN_VALUE, "-18446744073709551615e-huge");
		assertBits(DoubleParser.fromParts(false, 1, Long.MAX_VALUE), INFINITY_BITS, "1e+huge");
		assertBits(DoubleParser.fromParts(true, -1L, Long.MAX_VALUE), INFINITY_BITS ^ Long.MIN_VALUE, "-18446744073709551615e+huge");
		assertBits(DoubleParser.fromParts(true, 0, Long.MAX_VALUE), Long.MIN_VALUE, "-0e+huge");
	}

	@Test
	void findsTheNearestDoubleExactlyFromAnyNearbyGuess() {
		SplittableRandom random = new SplittableRandom(0xE8AC7);
		for (int i = 0; i < 3_000; i++) {
			long significand = random.nextLong() >>> random.nextInt(64);
			int exp10 = random.nextInt(-345, 310);
			BigInteger digits = new BigInteger(Long.toUnsignedString(significand));
			double expected = new BigDecimal(digits, -exp10).doubleValue();
			long guess = Math.max(0, Math.min(INFINITY_BITS, Double.doubleToRawLongBits(expected) + random.nextInt(-3, 4)));
			assertThat(Double.longBitsToDouble(DoubleParser.nearest(digits, exp10, guess))).isEqualTo(expected);
		}
	}

	@Test
	void holdsTheTableOfPowersOfFive() {
		BigInteger mask64 = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
		for (int q = -342; q <= 308; q++) {
			BigInteger power = BigInteger.valueOf(5).pow(Math.abs(q));
			BigInteger truncated;
			if (q >= 0) {
				int shift = 128 - power.bitLength();
				truncated = (shift >= 0) ? power.shiftLeft(shift) : power.shiftRight(-shift);
			}
			else {
				truncated = BigInteger.ONE.shiftLeft(127 + power.bitLength()).divide(power);
			}
			assertThat(DoubleParser.powerOfFive(q)).as("q = %d", q)
				.containsExactly(truncated.shiftRight(64).longValue(), truncated.and(mask64).longValue());
			// floor(log2(10^q)), which places the binary point of the product
			int floorLog2 = (q >= 0) ? BigInteger.TEN.pow(q).bitLength() - 1 : -BigInteger.TEN.pow(-q).bitLength();
			assertThat(DoubleParser.floorLog2Pow10(q)).as("q = %d", q).isEqualTo(floorLog2);
		}
	}

	@Test
	void parsesNumbersInsideALargerBuffer() {
		byte[] src = "[12.5e-1,-7,3.000000000000000000000001]".getBytes(StandardCharsets.US_ASCII);
		assertThat(DoubleParser.parse(src, 1, 8)).isEqualTo(1.25);
		assertThat(DoubleParser.parse(src, 9, 11)).isEqualTo(-7.0);
		assertThat(DoubleParser.parse(src, 12, src.length - 1)).isEqualTo(3.0);
	}

	/** Compares bit patterns, so that -0.0 differs from 0.0; builds the failure message only on failure. */
	private static void assertBits(double actual, long expected, String description) {
		if (Double.doubleToRawLongBits(actual) != expected) {
			assertThat(Double.doubleToRawLongBits(actual)).as(description).isEqualTo(expected);
		}
	}

	private static String padWithZeros(BigDecimal value, int zeros) {
		String text = value.toPlainString();
		return (text.indexOf('.') < 0 ? text + "." : text) + "0".repeat(zeros);
	}

	private static double parse(String text) {
		byte[] src = text.getBytes(StandardCharsets.US_ASCII);
		return DoubleParser.parse(src, 0, src.length);
	}
}
