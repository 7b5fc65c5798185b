package io.jsoncore;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Currency;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every type typed {@code loads} reads, written by {@code dumps} and read back equal. */
class TypedRoundTripTest {

	enum Color {
		RED, GREEN
	}

	record Primitives(boolean z, byte b, short s, int i, long l, float f, double d, char c) {
	}

	record Boxes(Boolean z, Byte b, Short s, Integer i, Long l, Float f, Double d, Character c, BigInteger big,
			BigDecimal decimal, String text) {
	}

	record Times(LocalDateTime local, OffsetDateTime offset, ZonedDateTime zoned, Instant instant, Date date,
			LocalDate day, LocalTime time, Duration duration, Period period, Year year, YearMonth month,
			MonthDay monthDay, ZoneId zone, ZoneOffset zoneOffset) {
	}

	record Values(Color color, UUID id, URI uri, Locale locale, Currency currency, Optional<String> present,
			Optional<String> absent, OptionalInt optionalInt, OptionalLong optionalLong, OptionalDouble optionalDouble,
			Object tree) {
	}

	record Containers(List<Integer> list, Set<String> set, SortedSet<String> sorted, Map<String, List<Long>> nested,
			Map<Integer, String> intKeys, Map<UUID, Boolean> uuidKeys, Map<Color, Primitives> enumKeys,
			List<Map<String, Boxes>> deep) {
	}

	private static <T> T roundTrip(T value, Class<T> type) {
		return Json.loads(Json.dumps(value, JsonOption.NON_STR_KEYS), type);
	}

	@Test
	void primitivesAtTheirLimits() {
		Primitives min = new Primitives(false, Byte.MIN_VALUE, Short.MIN_VALUE, Integer.MIN_VALUE, Long.MIN_VALUE,
				-Float.MAX_VALUE, -Double.MAX_VALUE, '\0');
		Primitives max = new Primitives(true, Byte.MAX_VALUE, Short.MAX_VALUE, Integer.MAX_VALUE, Long.MAX_VALUE,
				Float.MIN_VALUE, Double.MIN_VALUE, '\uffff');
		assertThat(roundTrip(min, Primitives.class)).isEqualTo(min);
		assertThat(roundTrip(max, Primitives.class)).isEqualTo(max);
	}

	@Test
	void boxesAndBigNumbers() {
		Boxes boxes = new Boxes(true, (byte) 1, (short) -2, 3, 4L, 0.1f, 0.30000000000000004, 'é',
				new BigInteger("123456789012345678901234567890"), new BigDecimal("-1.50e-300"), "\"é😀\n\u0000");
		assertThat(roundTrip(boxes, Boxes.class)).isEqualTo(boxes);
		Boxes nulls = new Boxes(null, null, null, null, null, null, null, null, null, null, null);
		assertThat(roundTrip(nulls, Boxes.class)).isEqualTo(nulls);
	}

	@Test
	void timesWithMicrosecondPrecision() {
		LocalDateTime local = LocalDateTime.of(2024, 2, 29, 23, 59, 58, 123_456_000);
		Times times = new Times(local, OffsetDateTime.of(local, ZoneOffset.ofHoursMinutes(-9, -30)),
				ZonedDateTime.of(local, ZoneOffset.ofHours(5)), Instant.ofEpochSecond(-1, 999_999_000),
				new Date(1_700_000_000_123L), LocalDate.of(1, 1, 1), LocalTime.of(0, 0, 0, 1_000),
				Duration.ofSeconds(-90, 5), Period.of(1, -2, 3), Year.of(2024), YearMonth.of(1999, 12),
				MonthDay.of(2, 29), ZoneId.of("Europe/Paris"), ZoneOffset.ofHoursMinutes(5, 45));
		assertThat(roundTrip(times, Times.class)).isEqualTo(times);
	}

	@Test
	void valueTypesOptionalsAndTheUntypedTree() {
		Map<String, Object> tree = new LinkedHashMap<>();
		tree.put("a", List.of(1L, 2.5, "x", true));
		tree.put("b", null);
		Values values = new Values(Color.GREEN, UUID.randomUUID(), URI.create("https://example.com/a?b=c#d"),
				Locale.forLanguageTag("zh-Hant-TW"), Currency.getInstance("JPY"), Optional.of("here"), Optional.empty(),
				OptionalInt.of(-7), OptionalLong.empty(), OptionalDouble.of(1e-7), tree);
		assertThat(roundTrip(values, Values.class)).isEqualTo(values);
	}

	@Test
	void containersAndNestedGenerics() {
		Map<String, List<Long>> nested = new LinkedHashMap<>();
		nested.put("x", List.of(1L, -1L));
		nested.put("empty", List.of());
		Map<Integer, String> intKeys = new LinkedHashMap<>();
		intKeys.put(-1, "minus one");
		intKeys.put(10, "ten");
		Map<Color, Primitives> enumKeys = new LinkedHashMap<>();
		enumKeys.put(Color.RED, new Primitives(true, (byte) 0, (short) 0, 0, 0, 0, 0, 'a'));
		Boxes boxes = new Boxes(false, null, null, 9, null, null, null, null, null, BigDecimal.ONE, "s");
		Containers containers = new Containers(List.of(3, 1, 2), Set.of("only"), new TreeSet<>(List.of("b", "a")), nested,
				intKeys, Map.of(UUID.randomUUID(), true), enumKeys, List.of(Map.of("k", boxes), Map.of()));
		assertThat(roundTrip(containers, Containers.class)).isEqualTo(containers);
	}

	@Test
	void arraysAndBase64() {
		int[][] grid = { { 1, 2 }, {}, { 3 } };
		assertThat(Json.loads(Json.dumps(grid), int[][].class)).isDeepEqualTo(grid);
		byte[] bytes = new byte[256];
		for (int i = 0; i < bytes.length; i++) {
			bytes[i] = (byte) i;
		}
		assertThat(Json.loads(Json.dumps(bytes), byte[].class)).isEqualTo(bytes);
		Color[] colors = { Color.GREEN, null, Color.RED };
		assertThat(Json.loads(Json.dumps(colors), Color[].class)).containsExactly(colors);
	}
}
