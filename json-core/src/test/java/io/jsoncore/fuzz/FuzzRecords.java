package io.jsoncore.fuzz;

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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Queue;
import java.util.Set;
import java.util.SortedMap;
import java.util.UUID;

import io.jsoncore.TypeRef;

/**
 * The records typed fuzzing reads into: together they reach every decoder family (records nested and
 * recursive, collections, maps with non-string keys, {@code Optional}s, enums, {@code UUID}, java.time, numbers of
 * every width, Base64, arrays, the untyped {@code Object}) and a generic record through a {@code TypeRef}.
 */
final class FuzzRecords {

	private FuzzRecords() {
	}

	enum Status {
		NEW, PAID, SHIPPED, CANCELLED
	}

	record Money(BigDecimal amount, Currency currency) {
	}

	record Line(String sku, int quantity, Money price, Optional<String> note, List<String> tags) {
	}

	record Address(String street, String city, Optional<String> postcode, Locale locale) {
	}

	record Order(UUID id, Status status, List<Line> lines, Map<String, Money> totals, Optional<Address> shipTo,
			Instant placedAt, LocalDate due, OffsetDateTime updatedAt, Set<Status> history, long version, boolean paid,
			double weight) {
	}

	/** Recursive through a list, a map and an {@code Optional}. */
	record Node(String name, List<Node> children, Map<String, Node> links, Optional<Node> parent) {
	}

	record Scalars(byte b, short s, char c, int i, long l, float f, double d, Byte boxedByte, Character boxedChar,
			BigInteger big, BigDecimal dec, Number number, byte[] bytes, int[] ints, long[][] grid, String[] names,
			OptionalInt oi, OptionalLong ol, OptionalDouble od) {
	}

	record Times(Duration duration, Period period, LocalTime time, LocalDateTime local, ZonedDateTime zoned,
			OffsetDateTime offsetDateTime, Instant instant, ZoneId zone, ZoneOffset offset, Year year, YearMonth month,
			MonthDay day, URI uri) {
	}

	record Keyed(SortedMap<Integer, String> byInt, Map<Long, Boolean> byLong, Map<UUID, Status> byUuid,
			Map<Status, LocalDate> byStatus, Map<LocalDate, List<Integer>> byDate, Queue<Long> queue, Object any) {
	}

	record Page<T>(List<T> items, long total, Optional<T> first) {
	}

	/** What typed fuzzing reads each input as, in this order. */
	static final List<TypeRef<?>> TYPES = List.of(new TypeRef<Order>() {
	}, new TypeRef<Node>() {
	}, new TypeRef<Scalars>() {
	}, new TypeRef<Times>() {
	}, new TypeRef<Keyed>() {
	}, new TypeRef<Page<Line>>() {
	}, new TypeRef<List<Status>>() {
	}, new TypeRef<Map<String, Optional<UUID>>>() {
	});
}
