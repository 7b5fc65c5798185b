package io.jsoncore;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class TypedLoadsTest {

	enum Status {
		OPEN, CLOSED
	}

	record Line(String sku, int qty, BigDecimal price) {
	}

	record Order(UUID id, Status status, Instant placed, List<Line> lines, Map<String, String> tags,
			Optional<String> note) {
	}

	record Page<T>(List<T> items, long total) {
	}

	record Node(String id, List<Node> children) {
	}

	record Primitives(boolean flag, byte b, short s, int i, long l, float f, double d, char c) {
	}

	public static class Customer {

		private String name;

		private int visits = -1;

		public List<String> emails;

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public int getVisits() {
			return this.visits;
		}

		public void setVisits(int visits) {
			this.visits = visits;
		}
	}

	public static class Box<T> {

		public T content;
	}

	public static class StringBox extends Box<String> {

	}

	@Test
	void readsRecordsWithNestedCollectionsAndTypes() {
		String json = "{\"id\":\"7202d115-7ff3-4c81-a7c1-2a1f067b1ece\",\"status\":\"OPEN\","
				+ "\"placed\":\"2026-11-22T01:09:54+00:00\",\"lines\":[{\"sku\":\"A-1\",\"qty\":2,\"price\":9.90}],"
				+ "\"tags\":{\"gift\":\"yes\"},\"note\":null}";
		Order order = Json.loads(json.getBytes(), Order.class);
		assertThat(order).isEqualTo(new Order(UUID.fromString("7202d115-7ff3-4c81-a7c1-2a1f067b1ece"), Status.OPEN,
				Instant.parse("2026-11-22T01:09:54Z"), List.of(new Line("A-1", 2, new BigDecimal("9.90"))),
				Map.of("gift", "yes"), Optional.empty()));
		assertThat(order.lines().get(0).price().scale()).isEqualTo(2);
	}

	@Test
	void roundTripsARecordThroughDumps() {
		Order order = new Order(UUID.randomUUID(), Status.CLOSED, Instant.ofEpochSecond(1_700_000_000L, 123_456_000),
				List.of(new Line("x", 1, new BigDecimal("1e+3")), new Line("é😀", -5, BigDecimal.ZERO)), Map.of(),
				Optional.of("n"));
		assertThat(Json.loads(Json.dumps(order), Order.class)).isEqualTo(order);
	}

	@Test
	void missingPropertiesAreNullZeroOrEmpty() {
		assertThat(Json.loads("{}".getBytes(), Order.class))
			.isEqualTo(new Order(null, null, null, null, null, Optional.empty()));
		assertThat(Json.loads("{}".getBytes(), Primitives.class))
			.isEqualTo(new Primitives(false, (byte) 0, (short) 0, 0, 0L, 0f, 0.0, '\0'));
	}

	@Test
	void unknownPropertiesAreIgnoredAndTheLastDuplicateWins() {
		assertThat(Json.loads("{\"sku\":\"a\",\"extra\":{\"deep\":[1,2]},\"qty\":1,\"qty\":3}".getBytes(), Line.class))
			.isEqualTo(new Line("a", 3, null));
	}

	@Test
	void readsEveryPrimitive() {
		String json = "{\"flag\":true,\"b\":-128,\"s\":32767,\"i\":-2147483648,\"l\":9223372036854775807,"
				+ "\"f\":0.1,\"d\":1e-7,\"c\":\"é\"}";
		assertThat(Json.loads(json.getBytes(), Primitives.class))
			.isEqualTo(new Primitives(true, (byte) -128, (short) 32767, Integer.MIN_VALUE, Long.MAX_VALUE, 0.1f, 1e-7, 'é'));
	}

	record Whole(long value, int small) {
	}

	@Test
	void integersOfEveryLengthReadExactly() {
		Random random = new Random(11);
		for (int digits = 1; digits <= 19; digits++) {
			for (int k = 0; k < 200; k++) {
				String text = Long.toString(random.nextLong() & Long.MAX_VALUE);
				text = text.length() >= digits ? text.substring(0, digits) : text;
				text = text.length() > 1 && text.charAt(0) == '0' ? "1" + text.substring(1) : text;
				for (String number : List.of(text, "-" + text)) {
					Whole read = Json.loads(("{\"value\":" + number + ",\"small\":-7}").getBytes(), Whole.class);
					assertThat(read).as(number).isEqualTo(new Whole(Long.parseLong(number), -7));
				}
			}
		}
		assertThat(Json.loads("{\"value\":-0,\"small\":0}".getBytes(), Whole.class)).isEqualTo(new Whole(0, 0));
		assertThat(Json.loads("{\"value\":-9223372036854775808,\"small\":2147483647}".getBytes(), Whole.class))
			.isEqualTo(new Whole(Long.MIN_VALUE, Integer.MAX_VALUE));
	}

	@Test
	void integersThatAreNotJsonFailAsUntypedLoadsDoes() {
		for (String number : List.of("01", "-01", "-", "-x", "1.", "1e", "00")) {
			String json = "{\"value\":" + number + "}";
			String untyped = catchThrowableOfType(JsonDecodeException.class, () -> Json.loads(json.getBytes()))
				.getMessage();
			assertThatExceptionOfType(JsonDecodeException.class)
				.isThrownBy(() -> Json.loads(json.getBytes(), Whole.class))
				.as(number)
				.withMessage(untyped);
		}
		assertThatExceptionOfType(JsonDecodeException.class)
			.isThrownBy(() -> Json.loads("{\"small\":1e3}".getBytes(), Whole.class))
			.withMessage("expected int but found 1e3 at $.small: line 1 column 10 (char 9)");
	}

	@Test
	void readsGenericRecordsThroughTypeRef() {
		Page<Line> page = Json.loads("{\"items\":[{\"sku\":\"a\",\"qty\":1}],\"total\":9}".getBytes(),
				new TypeRef<Page<Line>>() {
				});
		assertThat(page).isEqualTo(new Page<>(List.of(new Line("a", 1, null)), 9));
		assertThat(page.items().get(0)).isInstanceOf(Line.class);
	}

	@Test
	void readsSelfReferencingRecords() {
		Node tree = Json.loads("{\"id\":\"r\",\"children\":[{\"id\":\"a\",\"children\":[]}]}".getBytes(), Node.class);
		assertThat(tree).isEqualTo(new Node("r", List.of(new Node("a", List.of()))));
	}

	@Test
	void readsBeansThroughSettersAndPublicFields() {
		Customer customer = Json.loads("{\"name\":\"Ada\",\"emails\":[\"a@b\"]}".getBytes(), Customer.class);
		assertThat(customer.getName()).isEqualTo("Ada");
		assertThat(customer.emails).containsExactly("a@b");
		assertThat(customer.getVisits()).as("left as the constructor set it").isEqualTo(-1);
	}

	@Test
	void resolvesTypeArgumentsOfGenericSuperclasses() {
		assertThat(Json.loads("{\"content\":\"x\"}".getBytes(), StringBox.class).content).isEqualTo("x");
		Box<Line> box = Json.loads("{\"content\":{\"sku\":\"s\"}}".getBytes(), new TypeRef<Box<Line>>() {
		});
		assertThat(box.content).isEqualTo(new Line("s", 0, null));
	}

	@Test
	void interfacesGetOrderedImplementations() {
		assertThat(Json.loads("[3,1,3]".getBytes(), new TypeRef<Set<Integer>>() {
		})).isInstanceOf(LinkedHashSet.class).containsExactly(3, 1);
		assertThat(Json.loads("[1]".getBytes(), new TypeRef<Collection<Long>>() {
		})).containsExactly(1L);
		assertThat(Json.loads("[1]".getBytes(), new TypeRef<Queue<Long>>() {
		})).isInstanceOf(ArrayDeque.class);
		assertThat(Json.loads("[1]".getBytes(), new TypeRef<LinkedList<Long>>() {
		})).isInstanceOf(LinkedList.class);
		assertThat(Json.loads("{\"b\":1,\"a\":2}".getBytes(), new TypeRef<Map<String, Integer>>() {
		})).isInstanceOf(LinkedHashMap.class).containsExactly(Map.entry("b", 1), Map.entry("a", 2));
		assertThat(Json.loads("{\"b\":1,\"a\":2}".getBytes(), new TypeRef<SortedMap<String, Integer>>() {
		})).isInstanceOf(TreeMap.class).containsExactly(Map.entry("a", 2), Map.entry("b", 1));
	}

	@Test
	void mapKeysOfTheTypesNonStrKeysWrites() {
		Map<Object, Object> written = new LinkedHashMap<>();
		written.put(1, "a");
		written.put(-2, "b");
		byte[] json = Json.dumps(written, JsonOption.NON_STR_KEYS);
		assertThat(Json.loads(json, new TypeRef<Map<Integer, String>>() {
		})).containsExactly(Map.entry(1, "a"), Map.entry(-2, "b"));
		assertThat(Json.loads("{\"OPEN\":true}".getBytes(), new TypeRef<Map<Status, Boolean>>() {
		})).containsExactly(Map.entry(Status.OPEN, true));
		UUID id = UUID.randomUUID();
		assertThat(Json.loads(("{\"" + id + "\":[1]}").getBytes(), new TypeRef<Map<UUID, int[]>>() {
		}).get(id)).containsExactly(1);
	}

	@Test
	void arraysOfPrimitivesAndObjects() {
		assertThat(Json.loads("[1,2,3]".getBytes(), int[].class)).containsExactly(1, 2, 3);
		assertThat(Json.loads("[[1.5],[]]".getBytes(), double[][].class)).isDeepEqualTo(new double[][] { { 1.5 }, {} });
		assertThat(Json.loads("[\"a\",null]".getBytes(), String[].class)).containsExactly("a", null);
		assertThat(Json.loads("\"AQIDBA==\"".getBytes(), byte[].class)).containsExactly(1, 2, 3, 4);
	}

	@Test
	void numbersKeepTheirExactValue() {
		assertThat(Json.loads("123456789012345678901234567890.123456789".getBytes(), BigDecimal.class))
			.isEqualTo(new BigDecimal("123456789012345678901234567890.123456789"));
		assertThat(Json.loads("1e+3".getBytes(), BigDecimal.class)).isEqualTo(new BigDecimal("1e+3"));
		// beyond a double's range, and below its precision: never through a double
		assertThat(Json.loads("-1.5e400".getBytes(), BigDecimal.class)).isEqualTo(new BigDecimal("-1.5e400"));
		assertThat(Json.loads("1e-400".getBytes(), BigDecimal.class)).isEqualTo(new BigDecimal("1e-400"));
		assertThat(Json.loads("0.1000000000000000000000001".getBytes(), BigDecimal.class))
			.isEqualTo(new BigDecimal("0.1000000000000000000000001"));
		assertThat(Json.loads("18446744073709551616".getBytes(), BigInteger.class))
			.isEqualTo(new BigInteger("18446744073709551616"));
		assertThat(Json.loads("7".getBytes(), double.class)).isEqualTo(7.0);
		assertThat(Json.loads("7".getBytes(), Number.class)).isEqualTo(7L);
	}

	@Test
	void readsTheTextTypesDumpsWrites() {
		assertThat(Json.loads("\"2000-01-01T02:03:04.000123\"".getBytes(), LocalDateTime.class))
			.isEqualTo(LocalDateTime.of(2000, 1, 1, 2, 3, 4, 123_000));
		assertThat(Json.loads("\"2018-12-01T02:03:04.000009+10:30\"".getBytes(), OffsetDateTime.class))
			.isEqualTo(OffsetDateTime.of(2018, 12, 1, 2, 3, 4, 9_000, ZoneOffset.ofHoursMinutes(10, 30)));
		assertThat(Json.loads("\"1970-01-01T00:00:00Z\"".getBytes(), Instant.class)).isEqualTo(Instant.EPOCH);
		assertThat(Json.loads("\"0001-01-01\"".getBytes(), LocalDate.class)).isEqualTo(LocalDate.of(1, 1, 1));
		assertThat(Json.loads("\"12:15:59.000111\"".getBytes(), LocalTime.class)).isEqualTo(LocalTime.of(12, 15, 59, 111_000));
		assertThat(Json.loads("\"PT1.5S\"".getBytes(), Duration.class)).isEqualTo(Duration.ofMillis(1500));
		assertThat(Json.loads("\"https://example.com/a?b=c\"".getBytes(), URI.class)).isEqualTo(URI.create("https://example.com/a?b=c"));
		assertThat(Json.loads("\"en-GB\"".getBytes(), Locale.class)).isEqualTo(Locale.UK);
	}

	@Test
	void readsRfc3339ForDatetimes() {
		assertThat(Json.loads("\"2026-11-22t01:09:54.5z\"".getBytes(), Instant.class))
			.isEqualTo(Instant.parse("2026-11-22T01:09:54.500Z"));
		assertThat(Json.loads("\"2026-11-22 01:09:54+01:00\"".getBytes(), OffsetDateTime.class))
			.isEqualTo(OffsetDateTime.of(2026, 11, 22, 1, 9, 54, 0, ZoneOffset.ofHours(1)));
		assertThat(Json.loads("\"2026-11-22 01:09:54\"".getBytes(), LocalDateTime.class))
			.isEqualTo(LocalDateTime.of(2026, 11, 22, 1, 9, 54));
	}

	@Test
	void optionals() {
		assertThat(Json.loads("null".getBytes(), new TypeRef<Optional<String>>() {
		})).isEmpty();
		assertThat(Json.loads("\"x\"".getBytes(), new TypeRef<Optional<String>>() {
		})).contains("x");
		assertThat(Json.loads("5".getBytes(), OptionalInt.class)).hasValue(5);
	}

	@Test
	void objectGetsTheUntypedTree() {
		assertThat(Json.loads("{\"@class\":\"java.lang.Runtime\",\"a\":[1]}".getBytes(), Object.class))
			.isEqualTo(Map.of("@class", "java.lang.Runtime", "a", List.of(1L)));
	}

	@Test
	void nullIsNullForReferences() {
		assertThat(Json.loads("null".getBytes(), Line.class)).isNull();
		assertThat(Json.loads("[null]".getBytes(), new TypeRef<List<Integer>>() {
		})).containsExactly((Integer) null);
	}

	@Test
	void codecReadsFromStringsAndStreams() throws Exception {
		JsonCodec codec = JsonCodec.defaults();
		assertThat(codec.loads("[\"é\"]", new TypeRef<List<String>>() {
		})).containsExactly("é");
		assertThat(codec.loads(new java.io.ByteArrayInputStream("{\"sku\":\"s\"}".getBytes()), Line.class))
			.isEqualTo(new Line("s", 0, null));
	}
}
