package io.jsoncore;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.annotation.JsonValue;
import io.jsoncore.adapters.Money;
import io.jsoncore.adapters.MoneyAdapters;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Registered adapters, both ways: which one applies, what they cover, and what they leave to the codec. */
class AdapterTest {

	record Order(String id, Money price, List<Money> extras) {
	}

	private static final JsonCodec MONEY_TEXT = JsonCodec.builder().adapter(Money.class, MoneyAdapters.TEXT).build();

	private static final Order ORDER = new Order("a1", new Money("9.99", "EUR"), List.of(new Money("1", "USD")));

	private static String text(byte[] json) {
		return new String(json, StandardCharsets.UTF_8);
	}

	@Test
	void writesAndReadsATypeThroughItsAdapter() {
		byte[] json = MONEY_TEXT.dumps(ORDER);
		assertThat(text(json)).isEqualTo("{\"id\":\"a1\",\"price\":\"9.99 EUR\",\"extras\":[\"1 USD\"]}");
		assertThat(MONEY_TEXT.loads(json, Order.class)).isEqualTo(ORDER);
	}

	@Test
	void withoutAnAdapterTheTypeIsUnknownBothWays() {
		assertThatThrownBy(() -> Json.dumps(ORDER)).isInstanceOf(JsonEncodeException.class)
			.hasMessage("Type is not JSON serializable: io.jsoncore.adapters.Money");
		// read through its constructor as an immutable class would be, it is an object, not this string
		assertThatThrownBy(() -> Json.loads("{\"price\":\"9.99 EUR\"}".getBytes(StandardCharsets.UTF_8), Order.class))
			.isInstanceOf(JsonDecodeException.class)
			.hasMessage("expected io.jsoncore.adapters.Money but found a string at $.price: line 1 column 10 (char 9)");
	}

	@Test
	void anObjectAdapterReadsPropertiesInAnyOrderAndSkipsOthers() {
		JsonCodec codec = JsonCodec.builder().adapter(Money.class, MoneyAdapters.OBJECT).build();
		assertThat(text(codec.dumps(ORDER))).isEqualTo("{\"id\":\"a1\",\"price\":{\"amount\":9.99,\"currency\":\"EUR\"},"
				+ "\"extras\":[{\"amount\":1,\"currency\":\"USD\"}]}");
		String reordered = "{\"extras\":[],\"price\":{\"note\":{\"deep\":[1,{\"x\":null}]},\"currency\":\"EUR\","
				+ "\"amount\":9.99},\"id\":\"a1\"}";
		assertThat(codec.loads(reordered, Order.class)).isEqualTo(new Order("a1", new Money("9.99", "EUR"), List.of()));
	}

	@Test
	void nullNeverReachesTheAdapter() {
		AtomicInteger calls = new AtomicInteger();
		JsonAdapter<Money> counting = new JsonAdapter<>() {
			@Override
			public void write(JsonWriter writer, Money value) {
				calls.incrementAndGet();
				writer.value(value.toString());
			}

			@Override
			public Money read(JsonReader reader) {
				calls.incrementAndGet();
				return Money.parse(reader.nextString());
			}
		};
		JsonCodec codec = JsonCodec.builder().adapter(Money.class, counting).build();
		Order order = new Order("a1", null, java.util.Arrays.asList(null, new Money("2", "EUR")));
		byte[] json = codec.dumps(order);
		assertThat(text(json)).isEqualTo("{\"id\":\"a1\",\"price\":null,\"extras\":[null,\"2 EUR\"]}");
		assertThat(codec.loads(json, Order.class)).isEqualTo(order);
		assertThat(calls).hasValue(2);
	}

	interface Shape {
	}

	abstract static class Base implements Shape {
	}

	static final class Square extends Base {
	}

	static final class Circle implements Shape {
	}

	static final class Tile extends Base implements Comparable<Tile> {

		@Override
		public int compareTo(Tile other) {
			return 0;
		}
	}

	private static <T> JsonAdapter<T> constant(String text) {
		return JsonAdapter.text((value) -> text, (read) -> {
			throw new UnsupportedOperationException();
		});
	}

	@Test
	void writingGoesByTheClassThenItsNearestSuperclassThenAnInterface() {
		JsonCodec codec = JsonCodec.builder()
			.adapter(Shape.class, constant("shape"))
			.adapter(Base.class, constant("base"))
			.adapter(Comparable.class, constant("comparable"))
			.build();
		assertThat(text(codec.dumps(List.of(new Square(), new Circle(), new Tile()))))
			.isEqualTo("[\"base\",\"shape\",\"base\"]");
		JsonCodec exact = codec.toBuilder().adapter(Square.class, constant("square")).build();
		assertThat(text(exact.dumps(List.of(new Square(), new Circle())))).isEqualTo("[\"square\",\"shape\"]");
	}

	@Test
	void anInterfaceAdapterWritesEveryImplementation() {
		JsonCodec codec = JsonCodec.builder().adapter(CharSequence.class, constant("text")).build();
		assertThat(text(codec.dumps(List.of("a", new StringBuilder("b"), 1)))).isEqualTo("[\"text\",\"text\",1]");
	}

	record Holder(Shape shape, Base base) {
	}

	@Test
	void readingGoesByTheDeclaredTypeAlone() {
		JsonAdapter<Shape> shapes = JsonAdapter.text((shape) -> "circle", (text) -> new Circle());
		JsonCodec codec = JsonCodec.builder().adapter(Shape.class, shapes).build();
		// Base is a Shape, but no adapter is registered for Base itself
		assertThatThrownBy(() -> codec.loads("{\"shape\":\"circle\",\"base\":null}", Holder.class))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("Cannot read io.jsoncore.AdapterTest$Base: it is abstract; declare a concrete class or a record, "
					+ "a List, Set or Map, in its place");
		assertThat(codec.loads("\"circle\"", Shape.class)).isInstanceOf(Circle.class);
	}

	record Ids(long id, Long boxed, long[] all, List<Long> list, OptionalLong optional, int count) {
	}

	private static final JsonCodec LONG_AS_TEXT = JsonCodec.builder()
		.adapter(Long.class, JsonAdapter.text(String::valueOf, Long::valueOf))
		.build();

	@Test
	void anAdapterForABoxCoversItsPrimitive() {
		Ids ids = new Ids(7, 8L, new long[] { 1, 2 }, List.of(3L), OptionalLong.of(4), 5);
		byte[] json = LONG_AS_TEXT.dumps(ids);
		assertThat(text(json)).isEqualTo(
				"{\"id\":\"7\",\"boxed\":\"8\",\"all\":[\"1\",\"2\"],\"list\":[\"3\"],\"optional\":\"4\",\"count\":5}");
		Ids read = LONG_AS_TEXT.loads("{\"id\":\"7\",\"boxed\":\"8\",\"all\":[\"1\",\"2\"],\"list\":[\"3\"],\"count\":5}",
				Ids.class);
		assertThat(read.id()).isEqualTo(7);
		assertThat(read.boxed()).isEqualTo(8L);
		assertThat(read.all()).containsExactly(1, 2);
		assertThat(read.list()).containsExactly(3L);
		assertThat(read.count()).isEqualTo(5);
		assertThat(text(LONG_AS_TEXT.dumps(new long[0]))).isEqualTo("[]");
	}

	@Test
	void nullIntoAPrimitiveWithAnAdapterIsAnError() {
		assertThatThrownBy(() -> LONG_AS_TEXT.loads("{\"id\":null}", Ids.class))
			.isInstanceOf(JsonDecodeException.class)
			.hasMessage("expected long but found null at $.id: line 1 column 7 (char 6)");
		assertThat(LONG_AS_TEXT.loads("{\"boxed\":null}", Ids.class).boxed()).isNull();
	}

	@Test
	void registeringAClassAgainReplacesItsAdapter() {
		JsonCodec codec = JsonCodec.builder()
			.adapter(Money.class, MoneyAdapters.OBJECT)
			.adapter(Money.class, MoneyAdapters.TEXT)
			.build();
		assertThat(text(codec.dumps(new Money("1", "EUR")))).isEqualTo("\"1 EUR\"");
		assertThat(codec.adapters()).containsOnlyKeys(Money.class);
	}

	@Test
	void anAdapterForObjectIsRefused() {
		assertThatThrownBy(() -> JsonCodec.builder().adapter(Object.class, constant("x")))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("An adapter for Object would take every value: use fallback(...) for the values jsoncore "
					+ "cannot write");
	}

	enum Level {

		LOW;

		@JsonValue
		String code() {
			return "l";
		}
	}

	@Test
	void anAdapterComesBeforeJsonValueAndTheBuiltInMapping() {
		JsonCodec codec = JsonCodec.builder()
			.adapter(Level.class, JsonAdapter.text((level) -> "level-" + level.name(), (text) -> Level.LOW))
			.adapter(UUID.class, JsonAdapter.text((uuid) -> uuid.toString().replace("-", ""), (text) -> UUID
				.fromString(text.replaceFirst("(.{8})(.{4})(.{4})(.{4})(.{12})", "$1-$2-$3-$4-$5"))))
			.build();
		UUID uuid = UUID.fromString("0f9a6cde-1234-4abc-8def-0123456789ab");
		assertThat(text(codec.dumps(List.of(Level.LOW, uuid))))
			.isEqualTo("[\"level-LOW\",\"0f9a6cde12344abc8def0123456789ab\"]");
		assertThat(codec.loads("\"0f9a6cde12344abc8def0123456789ab\"", UUID.class)).isEqualTo(uuid);
		assertThat(text(Json.dumps(Level.LOW))).isEqualTo("\"l\"");
	}

	@Test
	void passthroughSendsATypeToTheFallbackOnlyWithoutAnAdapter() {
		JsonCodec codec = JsonCodec.builder()
			.options(JsonOption.PASSTHROUGH_DATETIME)
			.fallback((value) -> "fallback")
			.adapter(LocalDate.class, JsonAdapter.text((date) -> "adapter", LocalDate::parse))
			.build();
		assertThat(text(codec.dumps(List.of(LocalDate.of(2024, 1, 2), LocalTime.NOON))))
			.isEqualTo("[\"adapter\",\"fallback\"]");
	}

	record Point(int x, int y) {
	}

	@Test
	void passthroughRecordLeavesARecordWithAnAdapterToIt() {
		JsonCodec codec = JsonCodec.builder()
			.options(JsonOption.PASSTHROUGH_RECORD)
			.fallback((value) -> "fallback")
			.adapter(Point.class, JsonAdapter.text((point) -> point.x() + "," + point.y(), (text) -> new Point(0, 0)))
			.build();
		assertThat(text(codec.dumps(List.of(new Point(1, 2), new Line("s", 1, 0, false, 'c')))))
			.isEqualTo("[\"1,2\",\"fallback\"]");
	}

	@Test
	void anAdapterIsTriedBeforeTheFallback() {
		JsonCodec codec = JsonCodec.builder()
			.fallback((value) -> "fallback")
			.adapter(Money.class, MoneyAdapters.TEXT)
			.build();
		assertThat(text(codec.dumps(List.of(new Money("1", "EUR"), new Object() { })))).isEqualTo("[\"1 EUR\",\"fallback\"]");
	}

	@Test
	void mapKeysNeverGoThroughAdapters() {
		UUID key = UUID.fromString("0f9a6cde-1234-4abc-8def-0123456789ab");
		JsonCodec codec = JsonCodec.builder()
			.options(JsonOption.NON_STR_KEYS)
			.adapter(UUID.class, constant("adapted"))
			.adapter(Money.class, MoneyAdapters.TEXT)
			.build();
		Map<UUID, Object> map = new LinkedHashMap<>();
		map.put(key, key);
		map.put(UUID.fromString("00000000-0000-4000-8000-000000000000"), new Money("1", "EUR"));
		assertThat(text(codec.dumps(map))).isEqualTo("{\"0f9a6cde-1234-4abc-8def-0123456789ab\":\"adapted\","
				+ "\"00000000-0000-4000-8000-000000000000\":\"1 EUR\"}");
		Map<UUID, Money> read = codec.loads("{\"0f9a6cde-1234-4abc-8def-0123456789ab\":\"2 EUR\"}",
				new TypeRef<Map<UUID, Money>>() { });
		assertThat(read).containsExactly(Map.entry(key, new Money("2", "EUR")));
	}

	record Line(String sku, int quantity, double weight, boolean gift, char grade) {
	}

	@Test
	void anAdapterForStringsAppliesToRecordComponentsAndMapValues() {
		JsonCodec codec = JsonCodec.builder()
			.adapter(String.class, JsonAdapter.text((text) -> text.toUpperCase(java.util.Locale.ROOT), (text) -> text))
			.build();
		Line line = new Line("ab-1", 2, 0.5, true, 'x');
		assertThat(text(codec.dumps(List.of(line, Map.of("k", "v")))))
			.isEqualTo("[{\"sku\":\"AB-1\",\"quantity\":2,\"weight\":0.5,\"gift\":true,\"grade\":\"x\"},{\"k\":\"V\"}]");
	}

	@Test
	void aCodecWithAdaptersWritesEverythingElseAsWithout() {
		JsonCodec codec = JsonCodec.builder().adapter(Money.class, MoneyAdapters.TEXT).build();
		Object value = List.of(new Line("ab-1", 2, 0.5, true, 'x'), Map.of("n", List.of(1, 2.5, "s", false)),
				Optional.of(LocalDate.of(2024, 1, 2)), new int[] { 1, 2 });
		assertThat(text(codec.dumps(value))).isEqualTo(text(Json.dumps(value)));
	}

	@Test
	void anAdapterWritesNestedValuesThroughTheCodecWithItsOptions() {
		JsonAdapter<Money> nested = new JsonAdapter<>() {
			@Override
			public void write(JsonWriter writer, Money value) {
				writer.beginObject()
					.name("text")
					.value((Object) value.toString())
					.name("parts")
					.value(List.of(value.amount(), Map.of("currency", value.currency())))
					.name("line")
					.value(new Line("s", 1, 2, false, 'c'))
					.endObject();
			}

			@Override
			public Money read(JsonReader reader) {
				throw new UnsupportedOperationException();
			}
		};
		JsonCodec codec = JsonCodec.builder().options(JsonOption.INDENT_2).adapter(Money.class, nested).build();
		assertThat(text(codec.dumps(Map.of("price", new Money("1.5", "EUR"))))).isEqualTo("""
				{
				  "price": {
				    "text": "1.5 EUR",
				    "parts": [
				      1.5,
				      {
				        "currency": "EUR"
				      }
				    ],
				    "line": {
				      "sku": "s",
				      "quantity": 1,
				      "weight": 2.0,
				      "gift": false,
				      "grade": "c"
				    }
				  }
				}""");
	}

	record Cents(long value) {
	}

	private static final Cents SHARED = new Cents(0);

	private static long allocatedBytes() {
		return ((com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean())
			.getCurrentThreadAllocatedBytes();
	}

	@Test
	void theStreamingViewsAllocateNothingPerValue() {
		// reads into one shared instance, so that what a read allocates is the list alone
		JsonCodec codec = JsonCodec.builder().adapter(Cents.class, new JsonAdapter<>() {
			@Override
			public void write(JsonWriter writer, Cents cents) {
				writer.beginArray().value(cents.value()).endArray();
			}

			@Override
			public Cents read(JsonReader reader) {
				reader.beginArray();
				reader.nextLong();
				reader.endArray();
				return SHARED;
			}
		}).build();
		int count = 10_000;
		java.util.List<Cents> adapted = new java.util.ArrayList<>();
		java.util.List<long[]> plain = new java.util.ArrayList<>();
		for (int i = 0; i < count; i++) {
			adapted.add(new Cents(1_000_000L + i));
			plain.add(new long[] { 1_000_000L + i });
		}
		TypeRef<java.util.List<Cents>> type = new TypeRef<>() { };
		byte[] json = codec.dumps(adapted);
		assertThat(json).isEqualTo(codec.dumps(plain));
		long written = 0;
		long writtenPlain = 0;
		long read = 0;
		long list = 0;
		for (int round = 0; round < 3; round++) { // the last round counts: decoders built, code compiled
			long start = allocatedBytes();
			codec.dumps(adapted);
			written = allocatedBytes() - start;
			start = allocatedBytes();
			codec.dumps(plain);
			writtenPlain = allocatedBytes() - start;
			start = allocatedBytes();
			codec.loads(json, type);
			read = allocatedBytes() - start;
			start = allocatedBytes();
			java.util.List<Object> same = new java.util.ArrayList<>();
			for (int i = 0; i < count; i++) {
				same.add(SHARED);
			}
			list = allocatedBytes() - start;
			assertThat(same).hasSize(count);
		}
		// writing: the buffer of the same output as long[]s, which the encoder writes without an adapter
		assertThat(written).as("dumps through the adapter, against long[]s").isLessThan(writtenPlain + 1024);
		// reading: the list, grown as the decoder grows it, and the document's parser and reader, once
		assertThat(read).as("loads through the adapter, against the list alone").isLessThan(list + 4096);
	}

	@Test
	void toBuilderKeepsTheAdapters() {
		JsonCodec copy = MONEY_TEXT.toBuilder().options(JsonOption.INDENT_2).build();
		assertThat(copy.adapters()).isEqualTo(MONEY_TEXT.adapters());
		assertThat(text(copy.dumps(List.of(new Money("1", "EUR"))))).isEqualTo("[\n  \"1 EUR\"\n]");
		assertThat(copy.toString()).isEqualTo("JsonCodec[INDENT_2] with adapters for [io.jsoncore.adapters.Money]");
	}
}
