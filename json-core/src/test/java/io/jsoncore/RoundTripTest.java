package io.jsoncore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.jsoncore.testing.TreeDifference.firstDifference;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code loads(dumps(tree))} gives back {@code tree} for every tree {@code loads} itself can build: maps in key
 * order, lists, strings of any code points, longs, doubles bit for bit (so {@code -0.0} keeps its sign), booleans
 * and null.
 */
class RoundTripTest {

	private static final int MAX_DEPTH = 50;

	private static final double[] BOUNDARY_DOUBLES = { 0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE,
			Double.MIN_NORMAL, Math.nextDown(Double.MIN_NORMAL), Math.nextUp(Double.MIN_NORMAL), Double.MAX_VALUE,
			-Double.MAX_VALUE, Math.nextDown(Double.MAX_VALUE), 1.0, -1.0, 0.1, 0.2, 0.30000000000000004, 1e15, 1e16,
			9007199254740992.0, 9007199254740993.0, 1e-5, 1e-6, 1e-7, 1e22, 1e23, 5e-324, 2.225073858507201e-308,
			123456789.123, 1.2345678901234568e16, 6.62607015e-34, 1.7976931348623157e308, Math.PI, Math.E };

	@Test
	void randomTreesSurviveDumpsThenLoads() {
		Random random = new Random(20260331);
		int nodes = 0;
		for (int i = 0; i < 3_000; i++) {
			// every 100th tree is a chain down to the deepest level
			Object tree = (i % 100 == 0) ? chain(random, MAX_DEPTH) : randomValue(random, 1);
			byte[] json = Json.dumps(tree);

			assertThat(firstDifference(tree, Json.loads(json), "$")).as("tree %d", i).isNull();
			nodes += count(tree);
		}
		assertThat(nodes).isGreaterThan(30_000);
	}

	@Test
	void randomDoubleBitPatternsSurviveDumpsThenLoads() {
		Random random = new Random(53);
		int checked = 0;
		while (checked < 10_000) {
			double value = Double.longBitsToDouble(random.nextLong());
			if (Double.isNaN(value) || Double.isInfinite(value)) {
				continue;
			}
			assertThat(Json.loads(Json.dumps(value))).as("%s", value).isEqualTo(value);
			checked++;
		}
	}

	@Test
	void subnormalDoublesSurviveDumpsThenLoads() {
		Random random = new Random(59);
		for (int i = 0; i < 2_000; i++) {
			double value = Double.longBitsToDouble(random.nextLong() & 0x800FFFFFFFFFFFFFL);
			assertThat(Json.loads(Json.dumps(value))).as("%s", value).isEqualTo(value);
		}
	}

	@Test
	void boundaryDoublesSurviveDumpsThenLoads() {
		for (double value : BOUNDARY_DOUBLES) {
			assertThat(Json.loads(Json.dumps(value))).as("%s", value).isEqualTo(value);
			assertThat(Json.loads(Json.dumps(-value))).as("%s", -value).isEqualTo(-value);
			assertThat(Json.loads(Json.dumps(List.of(value)))).as("%s", value).isEqualTo(List.of(value));
		}
	}

	@ParameterizedTest
	@ValueSource(longs = { 0, 1, -1, Long.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE + 1, Long.MAX_VALUE - 1,
			999999999999999999L, 1000000000000000000L, -1000000000000000000L, Integer.MIN_VALUE, Integer.MAX_VALUE })
	void boundaryLongsSurviveDumpsThenLoads(long value) {
		assertThat(Json.loads(Json.dumps(value))).isEqualTo(value);
		assertThat(Json.loads(Json.dumps(Map.of("n", value)))).isEqualTo(Map.of("n", value));
	}

	@Test
	void everyBmpCodePointAndAstralSampleSurviveDumpsThenLoads() {
		StringBuilder text = new StringBuilder();
		for (int codePoint = 0; codePoint <= 0xFFFF; codePoint++) {
			if (codePoint < 0xD800 || codePoint > 0xDFFF) {
				text.appendCodePoint(codePoint);
			}
		}
		// every 15th astral code point, which still meets every value of each of the four bytes
		for (int codePoint = 0x10000; codePoint <= 0x10FFFF; codePoint += 15) {
			text.appendCodePoint(codePoint);
		}
		text.appendCodePoint(0x10FFFF);
		String value = text.toString();

		assertThat(value.codePointCount(0, value.length())).isEqualTo(0x10000 - 0x800 + 69906 + 1);
		assertThat(Json.loads(Json.dumps(value))).isEqualTo(value);
		assertThat(Json.loads(Json.dumps(Map.of(value, List.of(value))))).isEqualTo(Map.of(value, List.of(value)));
	}

	// ---- random trees

	private static Object chain(Random random, int depth) {
		Object value = randomScalar(random);
		for (int level = depth; level >= 1; level--) {
			if (random.nextBoolean()) {
				List<Object> list = new ArrayList<>();
				list.add(value);
				value = list;
			}
			else {
				Map<String, Object> map = new LinkedHashMap<>();
				map.put(randomString(random), value);
				value = map;
			}
		}
		return value;
	}

	private static Object randomValue(Random random, int depth) {
		// containers get rarer with depth, and stop at MAX_DEPTH
		int containerOdds = (depth >= MAX_DEPTH) ? 0 : Math.max(1, 12 - depth);
		int pick = random.nextInt(20);
		if (pick < containerOdds / 2 + 1 && depth < MAX_DEPTH) {
			List<Object> list = new ArrayList<>();
			int size = random.nextInt(6);
			for (int i = 0; i < size; i++) {
				list.add(randomValue(random, depth + 1));
			}
			return list;
		}
		if (pick < containerOdds + 1 && depth < MAX_DEPTH) {
			Map<String, Object> map = new LinkedHashMap<>();
			int size = random.nextInt(6);
			for (int i = 0; i < size; i++) {
				map.put(randomString(random), randomValue(random, depth + 1));
			}
			return map;
		}
		return randomScalar(random);
	}

	private static Object randomScalar(Random random) {
		switch (random.nextInt(8)) {
			case 0:
			case 1:
				return randomString(random);
			case 2:
				return randomLong(random);
			case 3:
			case 4:
				return randomDouble(random);
			case 5:
				return Boolean.TRUE;
			case 6:
				return Boolean.FALSE;
			default:
				return null;
		}
	}

	private static long randomLong(Random random) {
		switch (random.nextInt(5)) {
			case 0:
				return random.nextBoolean() ? Long.MIN_VALUE : Long.MAX_VALUE;
			case 1:
				return random.nextInt(2001) - 1000;
			case 2:
				return random.nextLong();
			default:
				return random.nextLong() >> random.nextInt(64);
		}
	}

	private static double randomDouble(Random random) {
		switch (random.nextInt(6)) {
			case 0:
				return BOUNDARY_DOUBLES[random.nextInt(BOUNDARY_DOUBLES.length)];
			case 1:
				// subnormal, either sign
				return Double.longBitsToDouble(random.nextLong() & 0x800FFFFFFFFFFFFFL);
			case 2:
				return (random.nextInt(2_000_001) - 1_000_000) / 100.0;
			case 3:
				return random.nextDouble();
			default:
				while (true) {
					double value = Double.longBitsToDouble(random.nextLong());
					if (!Double.isNaN(value) && !Double.isInfinite(value)) {
						return value;
					}
				}
		}
	}

	private static final String[] SPECIAL_STRINGS = { "\"", "\\", "/", "\b", "\f", "\n", "\r", "\t", "\u0000",
			"\u001f", "\u007f", "é", "€", "😀", "\u2028", "\u2029", "\ufeff", "\ufffd", "\uffff", "\udbff\udfff",
			"</script>", "祗園" };

	private static String randomString(Random random) {
		int length = random.nextInt(4) == 0 ? random.nextInt(40) : random.nextInt(8);
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < length; i++) {
			switch (random.nextInt(6)) {
				case 0 -> text.append((char) random.nextInt(0x20)); // control
				case 1 -> text.append(SPECIAL_STRINGS[random.nextInt(SPECIAL_STRINGS.length)]);
				case 2 -> {
					char c = (char) (0x80 + random.nextInt(0xFFFF - 0x80));
					text.append(Character.isSurrogate(c) ? 'x' : c);
				}
				case 3 -> text.appendCodePoint(0x10000 + random.nextInt(0x100000)); // a surrogate pair
				default -> text.append((char) (0x20 + random.nextInt(0x5F)));
			}
		}
		return text.toString();
	}

	private static int count(Object value) {
		if (value instanceof Map) {
			return 1 + ((Map<?, ?>) value).values().stream().mapToInt(RoundTripTest::count).sum();
		}
		if (value instanceof List) {
			return 1 + ((List<?>) value).stream().mapToInt(RoundTripTest::count).sum();
		}
		return 1;
	}
}
