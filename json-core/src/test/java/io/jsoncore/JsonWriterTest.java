package io.jsoncore;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import io.jsoncore.adapters.Money;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The streaming view adapters write through: every kind of value, and every misuse refused with its message. */
class JsonWriterTest {

	/** A type whose adapter is the test's lambda. */
	static final class Thing {
	}

	private static JsonCodec codec(BiConsumer<JsonWriter, Thing> write, JsonOption... options) {
		return JsonCodec.builder().options(options).adapter(Thing.class, new JsonAdapter<>() {
			@Override
			public void write(JsonWriter writer, Thing value) {
				write.accept(writer, value);
			}

			@Override
			public Thing read(JsonReader reader) {
				throw new UnsupportedOperationException();
			}
		}).build();
	}

	private static String dumps(BiConsumer<JsonWriter, Thing> write, JsonOption... options) {
		return new String(codec(write, options).dumps(Map.of("t", new Thing())), StandardCharsets.UTF_8);
	}

	private static final String THING = "JsonAdapter for io.jsoncore.JsonWriterTest$Thing ";

	@Test
	void writesEveryKindOfValue() {
		assertThat(dumps((w, t) -> w.beginArray()
			.value("a\"\n\u00e9\ud83d\ude00")
			.value(-42L)
			.value(2.5)
			.value(Double.NaN)
			.value(true)
			.value(false)
			.nullValue()
			.value((String) null)
			.value((Object) null)
			.value((Object) List.of(1, "x"))
			.endArray()))
			.isEqualTo("{\"t\":[\"a\\\"\\n\u00e9\ud83d\ude00\",-42,2.5,null,true,false,null,null,null,[1,\"x\"]]}");
	}

	@Test
	void writesEmptyAndNestedContainers() {
		BiConsumer<JsonWriter, Thing> nested = (w, t) -> w.beginObject()
			.name("empty")
			.beginObject()
			.endObject()
			.name("list")
			.beginArray()
			.beginArray()
			.endArray()
			.beginObject()
			.name("k")
			.value(1)
			.endObject()
			.endArray()
			.endObject();
		assertThat(dumps(nested)).isEqualTo("{\"t\":{\"empty\":{},\"list\":[[],{\"k\":1}]}}");
		assertThat(dumps(nested, JsonOption.INDENT_2)).isEqualTo("""
				{
				  "t": {
				    "empty": {},
				    "list": [
				      [],
				      {
				        "k": 1
				      }
				    ]
				  }
				}""");
	}

	@Test
	void namesAreEscapedAsMapKeysAre() {
		assertThat(dumps((w, t) -> w.beginObject().name("a\"b\u0001").value(1).endObject()))
			.isEqualTo("{\"t\":{\"a\\\"b\\u0001\":1}}");
	}

	@Test
	void theCodecsOptionsApply() {
		assertThatThrownBy(() -> dumps((w, t) -> w.value(1L << 60), JsonOption.STRICT_INTEGER))
			.isInstanceOf(JsonEncodeException.class)
			.hasMessage("Integer exceeds 53-bit range");
		assertThat(dumps((w, t) -> w.value(1L << 60))).isEqualTo("{\"t\":1152921504606846976}");
	}

	@Test
	void streamingDumpsWritesTheSameBytesInChunks() throws IOException {
		JsonCodec codec = codec((w, t) -> {
			w.beginArray();
			for (int i = 0; i < 100; i++) {
				w.beginObject().name("i").value(i).endObject();
			}
			w.endArray();
		});
		Object value = List.of(new Thing(), new Thing());
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		codec.dumps(value, out, 7);
		assertThat(out.toByteArray()).isEqualTo(codec.dumps(value));
	}

	@Test
	void anAdapterMustWriteAValue() {
		assertThatThrownBy(() -> dumps((w, t) -> { })).isInstanceOf(JsonEncodeException.class)
			.hasMessage(THING + "wrote no value");
	}

	@Test
	void anAdapterMustWriteOneValue() {
		assertThatThrownBy(() -> dumps((w, t) -> w.value(1).value(2))).isInstanceOf(JsonEncodeException.class)
			.hasMessage(THING + "wrote a second value");
		assertThatThrownBy(() -> dumps((w, t) -> w.beginArray().endArray().beginArray()))
			.isInstanceOf(JsonEncodeException.class)
			.hasMessage(THING + "wrote a second value");
	}

	@Test
	void aValueInAnObjectNeedsAName() {
		assertThatThrownBy(() -> dumps((w, t) -> w.beginObject().value(1))).isInstanceOf(JsonEncodeException.class)
			.hasMessage(THING + "wrote a value in an object without a name before it");
		assertThatThrownBy(() -> dumps((w, t) -> w.beginObject().beginArray()))
			.isInstanceOf(JsonEncodeException.class)
			.hasMessage(THING + "wrote a value in an object without a name before it");
	}

	@Test
	void aNameNeedsAnObjectAndAValue() {
		assertThatThrownBy(() -> dumps((w, t) -> w.name("a"))).isInstanceOf(JsonEncodeException.class)
			.hasMessage(THING + "name(\"a\") outside an object");
		assertThatThrownBy(() -> dumps((w, t) -> w.beginArray().name("a"))).isInstanceOf(JsonEncodeException.class)
			.hasMessage(THING + "name(\"a\") outside an object");
		assertThatThrownBy(() -> dumps((w, t) -> w.beginObject().name("a").name("b")))
			.isInstanceOf(JsonEncodeException.class)
			.hasMessage(THING + "name(\"b\") after a name with no value");
		assertThatThrownBy(() -> dumps((w, t) -> w.beginObject().name("a").endObject()))
			.isInstanceOf(JsonEncodeException.class)
			.hasMessage(THING + "endObject() after a name with no value");
		assertThatThrownBy(() -> dumps((w, t) -> w.beginObject().name(null))).isInstanceOf(JsonEncodeException.class)
			.hasMessage(THING + "name(null)");
	}

	@Test
	void containersMustBalance() {
		assertThatThrownBy(() -> dumps((w, t) -> w.beginObject().endArray())).isInstanceOf(JsonEncodeException.class)
			.hasMessage(THING + "endArray() with an object open");
		assertThatThrownBy(() -> dumps((w, t) -> w.beginArray().endObject())).isInstanceOf(JsonEncodeException.class)
			.hasMessage(THING + "endObject() with an array open");
		assertThatThrownBy(() -> dumps((w, t) -> w.endObject())).isInstanceOf(JsonEncodeException.class)
			.hasMessage(THING + "endObject() with nothing open");
		assertThatThrownBy(() -> dumps((w, t) -> w.beginObject().name("a").beginArray().value(1)))
			.isInstanceOf(JsonEncodeException.class)
			.hasMessage(THING + "left an array open");
		assertThatThrownBy(() -> dumps((w, t) -> w.beginObject())).isInstanceOf(JsonEncodeException.class)
			.hasMessage(THING + "left an object open");
	}

	@Test
	void anExceptionFromAnAdapterIsTheCause() {
		IllegalStateException boom = new IllegalStateException("boom");
		assertThatThrownBy(() -> dumps((w, t) -> {
			throw boom;
		})).isInstanceOf(JsonEncodeException.class)
			.hasMessage(THING + "failed: java.lang.IllegalStateException: boom")
			.hasCause(boom);
	}

	@Test
	void aValueTheCodecCannotWriteFailsAsAnywhere() {
		assertThatThrownBy(() -> dumps((w, t) -> w.value(new Money("1", "EUR"))))
			.isInstanceOf(JsonEncodeException.class)
			.hasMessage("Type is not JSON serializable: io.jsoncore.adapters.Money");
	}

	@Test
	void nestedAdaptersEachWriteTheirOwnValue() {
		JsonCodec codec = JsonCodec.builder().adapter(Thing.class, new JsonAdapter<>() {
			@Override
			public void write(JsonWriter writer, Thing value) {
				writer.beginArray().value(new Money("1", "EUR")).value(new Money("2", "EUR")).endArray();
			}

			@Override
			public Thing read(JsonReader reader) {
				throw new UnsupportedOperationException();
			}
		}).adapter(Money.class, JsonAdapter.text(Money::toString, Money::parse)).build();
		assertThat(new String(codec.dumps(List.of(new Thing())), StandardCharsets.UTF_8))
			.isEqualTo("[[\"1 EUR\",\"2 EUR\"]]");
	}

	@Test
	void aWriterKeptPastItsCallIsRefused() {
		JsonWriter[] kept = new JsonWriter[1];
		dumps((w, t) -> {
			kept[0] = w;
			w.value(1);
		});
		assertThatThrownBy(() -> kept[0].value(2)).isInstanceOf(IllegalStateException.class)
			.hasMessage("This JsonWriter is only for use within its adapter's write");
	}

	@Test
	void anAdapterThatRecursesForeverHitsTheRecursionLimit() {
		assertThatThrownBy(() -> dumps((w, t) -> w.beginArray().value(t).endArray()))
			.isInstanceOf(JsonEncodeException.class)
			.hasMessage("Recursion limit reached");
	}
}
