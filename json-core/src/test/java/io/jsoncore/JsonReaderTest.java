package io.jsoncore;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import io.jsoncore.adapters.Money;
import io.jsoncore.adapters.MoneyAdapters;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The pull view adapters read through: its tokens, its strictness, and the errors that keep a document in step. */
class JsonReaderTest {

	/** What the test's adapter read. */
	record Thing(Object read) {
	}

	record Box(Thing thing, int after) {
	}

	private static JsonCodec codec(Function<JsonReader, Object> read) {
		return JsonCodec.builder().adapter(Thing.class, new JsonAdapter<>() {
			@Override
			public void write(JsonWriter writer, Thing value) {
				throw new UnsupportedOperationException();
			}

			@Override
			public Thing read(JsonReader reader) {
				return new Thing(read.apply(reader));
			}
		}).adapter(Money.class, MoneyAdapters.TEXT).build();
	}

	private static Object read(String json, Function<JsonReader, Object> read) {
		return codec(read).loads(json, Box.class).thing().read();
	}

	private static final String THING = "JsonAdapter for io.jsoncore.JsonReaderTest$Thing ";

	// Every token the reader meets, read with the next* method that fits it.
	private static List<String> walk(JsonReader reader) {
		List<String> tokens = new ArrayList<>();
		int depth = 0;
		do {
			JsonToken token = reader.peek();
			switch (token) {
				case BEGIN_ARRAY -> {
					reader.beginArray();
					depth++;
					tokens.add("[");
				}
				case END_ARRAY -> {
					reader.endArray();
					depth--;
					tokens.add("]");
				}
				case BEGIN_OBJECT -> {
					reader.beginObject();
					depth++;
					tokens.add("{");
				}
				case END_OBJECT -> {
					reader.endObject();
					depth--;
					tokens.add("}");
				}
				case NAME -> tokens.add("name " + reader.nextName());
				case STRING -> tokens.add("string " + reader.nextString());
				case NUMBER -> tokens.add("number " + reader.nextDouble());
				case BOOLEAN -> tokens.add("boolean " + reader.nextBoolean());
				case NULL -> {
					reader.nextNull();
					tokens.add("null");
				}
				default -> throw new AssertionError(token);
			}
		}
		while (depth > 0);
		tokens.add(reader.peek().name());
		return tokens;
	}

	@Test
	void readsEveryTokenInDocumentOrder() {
		Object tokens = read("{\"thing\": [1, -2.5e1, \"s\\u00e9\", true, false, null, {\"k\": [], \"o\": {}}, []]}",
				JsonReaderTest::walk);
		assertThat(tokens).isEqualTo(List.of("[", "number 1.0", "number -25.0", "string s\u00e9", "boolean true",
				"boolean false", "null", "{", "name k", "[", "]", "name o", "{", "}", "}", "[", "]", "]", "END_DOCUMENT"));
	}

	@Test
	void hasNextTellsWhetherAContainerHasMore() {
		Object read = read("{\"thing\":[{},{\"a\":1}]}", (reader) -> {
			List<Object> seen = new ArrayList<>();
			reader.beginArray();
			while (reader.hasNext()) {
				reader.beginObject();
				seen.add(reader.hasNext());
				while (reader.hasNext()) {
					seen.add(reader.nextName());
					seen.add(reader.nextLong());
				}
				reader.endObject();
			}
			seen.add(reader.hasNext());
			reader.endArray();
			seen.add(reader.hasNext());
			return seen;
		});
		assertThat(read).isEqualTo(List.of(false, true, "a", 1L, false, false));
	}

	@Test
	void theRestOfTheDocumentReadsOnAfterTheAdapter() {
		JsonCodec codec = codec((reader) -> {
			reader.skipValue();
			return "skipped";
		});
		assertThat(codec.loads("{\"thing\": {\"x\": [1, {\"y\": \"\\\"\"}]}, \"after\": 3}", Box.class))
			.isEqualTo(new Box(new Thing("skipped"), 3));
	}

	@Test
	void skipValueAtANameSkipsTheNameAndItsValue() {
		Object read = read("{\"thing\":{\"a\":[1,2],\"b\":2}}", (reader) -> {
			reader.beginObject();
			reader.skipValue();
			String name = reader.nextName();
			long value = reader.nextLong();
			reader.endObject();
			return name + value;
		});
		assertThat(read).isEqualTo("b2");
	}

	@Test
	void readsAnyTypeThroughTheCodec() {
		Object read = read("{\"thing\":{\"list\":[\"1 EUR\",null],\"money\":\"2 USD\"}}", (reader) -> {
			reader.beginObject();
			reader.nextName();
			List<Money> list = reader.read(new TypeRef<List<Money>>() { }.type());
			reader.nextName();
			Money money = reader.read(Money.class);
			reader.endObject();
			List<Object> both = new ArrayList<>(list);
			both.add(money);
			return both;
		});
		assertThat(read).isEqualTo(java.util.Arrays.asList(new Money("1", "EUR"), null, new Money("2", "USD")));
	}

	@Test
	void readsIntegersWithinTheirRange() {
		assertThat(read("{\"thing\":[-2147483648,2147483647,-9223372036854775808,9223372036854775807,0]}", (reader) -> {
			reader.beginArray();
			List<Object> values = List.of(reader.nextInt(), reader.nextInt(), reader.nextLong(), reader.nextLong(),
					reader.nextInt());
			reader.endArray();
			return values;
		})).isEqualTo(List.of(Integer.MIN_VALUE, Integer.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE, 0));
	}

	@Test
	void aMethodAtTheWrongTokenNamesWhatItFoundWithThePath() {
		JsonCodec codec = JsonCodec.builder().adapter(Money.class, MoneyAdapters.TEXT).build();
		record Item(Money price) {
		}
		record Cart(List<Item> items) {
		}
		assertThatThrownBy(() -> codec.loads("{\"items\":[{\"price\":\"1 EUR\"},{\"price\":12}]}", Cart.class))
			.isInstanceOf(JsonDecodeException.class)
			.hasMessage("expected a string but found a number at $.items[1].price: line 1 column 38 (char 37)");
	}

	@Test
	void stringsAndNumbersAreNotConverted() {
		assertThatThrownBy(() -> read("{\"thing\":\"7\"}", JsonReader::nextInt)).isInstanceOf(JsonDecodeException.class)
			.hasMessage("expected an int but found a string at $.thing: line 1 column 10 (char 9)");
		assertThatThrownBy(() -> read("{\"thing\":7}", JsonReader::nextString)).isInstanceOf(JsonDecodeException.class)
			.hasMessage("expected a string but found a number at $.thing: line 1 column 10 (char 9)");
		assertThatThrownBy(() -> read("{\"thing\":\"true\"}", JsonReader::nextBoolean))
			.isInstanceOf(JsonDecodeException.class)
			.hasMessage("expected a boolean but found a string at $.thing: line 1 column 10 (char 9)");
		assertThatThrownBy(() -> read("{\"thing\":false}", (reader) -> {
			reader.nextNull();
			return null;
		})).isInstanceOf(JsonDecodeException.class)
			.hasMessage("expected null but found a boolean at $.thing: line 1 column 10 (char 9)");
		assertThatThrownBy(() -> read("{\"thing\":\"1.5\"}", JsonReader::nextDouble))
			.isInstanceOf(JsonDecodeException.class)
			.hasMessage("expected a double but found a string at $.thing: line 1 column 10 (char 9)");
	}

	@Test
	void anIntegerMustFitAndHaveNoFraction() {
		assertThatThrownBy(() -> read("{\"thing\":1.5}", JsonReader::nextInt)).isInstanceOf(JsonDecodeException.class)
			.hasMessage("expected an int but found 1.5 at $.thing: line 1 column 10 (char 9)");
		assertThatThrownBy(() -> read("{\"thing\":3000000000}", JsonReader::nextInt))
			.isInstanceOf(JsonDecodeException.class)
			.hasMessage("expected an int but found 3000000000 at $.thing: line 1 column 10 (char 9)");
		assertThatThrownBy(() -> read("{\"thing\":9223372036854775808}", JsonReader::nextLong))
			.isInstanceOf(JsonDecodeException.class)
			.hasMessage("expected a long but found 9223372036854775808 at $.thing: line 1 column 10 (char 9)");
	}

	@Test
	void thePathGoesIntoTheAdaptersOwnValue() {
		assertThatThrownBy(() -> read("{\"thing\":{\"a\":[1,\"x\"]}}", (reader) -> {
			reader.beginObject();
			reader.nextName();
			reader.beginArray();
			reader.nextInt();
			return reader.nextInt();
		})).isInstanceOf(JsonDecodeException.class)
			.hasMessage("expected an int but found a string at $.thing.a[1]: line 1 column 18 (char 17)");
		assertThatThrownBy(() -> read("{\"thing\":{\"list\":[\"1 EUR\",\"bad\"]}}", (reader) -> {
			reader.beginObject();
			reader.nextName();
			return reader.read(new TypeRef<List<Money>>() { }.type());
		})).isInstanceOf(JsonDecodeException.class)
			.hasMessage("JsonAdapter for io.jsoncore.adapters.Money failed (java.lang.IllegalArgumentException: not "
					+ "money: bad) at $.thing.list[1]: line 1 column 27 (char 26)");
	}

	@Test
	void containerCallsMustMatchTheInput() {
		assertThatThrownBy(() -> read("{\"thing\":{\"a\":1}}", (reader) -> {
			reader.beginObject();
			reader.endObject();
			return null;
		})).isInstanceOf(JsonDecodeException.class)
			.hasMessage("expected the end of an object but found a name at $.thing: line 1 column 11 (char 10)");
		assertThatThrownBy(() -> read("{\"thing\":[1]}", (reader) -> {
			reader.beginObject();
			return null;
		})).isInstanceOf(JsonDecodeException.class)
			.hasMessage("expected an object but found an array at $.thing: line 1 column 10 (char 9)");
		assertThatThrownBy(() -> read("{\"thing\":[]}", (reader) -> {
			reader.beginArray();
			return reader.nextString();
		})).isInstanceOf(JsonDecodeException.class)
			.hasMessage("expected a string but found the end of an array at $.thing: line 1 column 12 (char 11)");
		assertThatThrownBy(() -> read("{\"thing\":{}}", (reader) -> {
			reader.beginObject();
			return reader.nextName();
		})).isInstanceOf(JsonDecodeException.class)
			.hasMessage("expected a name but found the end of an object at $.thing: line 1 column 12 (char 11)");
	}

	@Test
	void anAdapterThatReadsLessThanItsValueFails() {
		assertThatThrownBy(() -> read("{\"thing\":{\"a\":1}}", (reader) -> {
			reader.beginObject();
			return null;
		})).isInstanceOf(JsonDecodeException.class)
			.hasMessage(THING + "returned before reading its whole value at $.thing: line 1 column 11 (char 10)");
		assertThatThrownBy(() -> read("{\"thing\":1}", (reader) -> null)).isInstanceOf(JsonDecodeException.class)
			.hasMessage(THING + "returned before reading its whole value at $.thing: line 1 column 10 (char 9)");
	}

	@Test
	void anAdapterThatReadsPastItsValueFails() {
		assertThatThrownBy(() -> read("{\"thing\":\"a\",\"after\":1}", (reader) -> {
			reader.nextString();
			return reader.nextString();
		})).isInstanceOf(JsonDecodeException.class)
			.hasMessage(THING + "read past the end of its value at $.thing: line 1 column 13 (char 12)");
		assertThat(read("{\"thing\":\"a\"}", (reader) -> {
			reader.nextString();
			return reader.peek();
		})).isEqualTo(JsonToken.END_DOCUMENT);
	}

	@Test
	void anExceptionFromAnAdapterNamesItsTypeAndIsTheCause() {
		JsonCodec codec = JsonCodec.builder().adapter(Money.class, MoneyAdapters.TEXT).build();
		record Item(Money price) {
		}
		record Cart(List<Item> items) {
		}
		assertThatThrownBy(() -> codec.loads("{\"items\":[{\"price\":\"oops\"}]}", Cart.class))
			.isInstanceOf(JsonDecodeException.class)
			.hasMessage("JsonAdapter for io.jsoncore.adapters.Money failed (java.lang.IllegalArgumentException: not "
					+ "money: oops) at $.items[0].price: line 1 column 20 (char 19)")
			.cause()
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("not money: oops");
	}

	@Test
	void anAdapterMustReturnItsType() {
		JsonCodec codec = JsonCodec.builder()
			.adapter(Long.class, JsonAdapter.text(String::valueOf, (text) -> text.isEmpty() ? null : Long.valueOf(text)))
			.build();
		record Ids(long id) {
		}
		assertThatThrownBy(() -> codec.loads("{\"id\":\"\"}", Ids.class)).isInstanceOf(JsonDecodeException.class)
			.hasMessage("JsonAdapter for java.lang.Long returned null for a long at $.id: line 1 column 7 (char 6)");
		@SuppressWarnings({ "unchecked", "rawtypes" })
		JsonAdapter<Money> wrong = (JsonAdapter) JsonAdapter.text(String::valueOf, (text) -> text);
		JsonCodec wrongCodec = JsonCodec.builder().adapter(Money.class, wrong).build();
		assertThatThrownBy(() -> wrongCodec.loads("\"x\"", Money.class)).isInstanceOf(JsonDecodeException.class)
			.hasMessage("JsonAdapter for io.jsoncore.adapters.Money returned a java.lang.String at $: line 1 column 1 "
					+ "(char 0)");
	}

	@Test
	void malformedInputInsideAnAdapterFailsAsAnywhere() {
		assertThatThrownBy(() -> read("{\"thing\":{\"a\":1,}}", JsonReaderTest::walk))
			.isInstanceOf(JsonDecodeException.class)
			.hasMessage("trailing comma is not allowed: line 1 column 16 (char 15)");
		assertThatThrownBy(() -> read("{\"thing\":[1,\"\\x\"]}", (reader) -> {
			reader.skipValue();
			return null;
		})).isInstanceOf(JsonDecodeException.class)
			.hasMessage("invalid escaped character in string: line 1 column 15 (char 14)");
	}

	@Test
	void aReaderKeptPastItsCallIsRefused() {
		JsonReader[] kept = new JsonReader[1];
		read("{\"thing\":1}", (reader) -> {
			kept[0] = reader;
			return reader.nextLong();
		});
		assertThatThrownBy(() -> kept[0].peek()).isInstanceOf(IllegalStateException.class)
			.hasMessage("This JsonReader is only for use within its adapter's read");
	}
}
