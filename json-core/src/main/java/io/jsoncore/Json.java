package io.jsoncore;

import java.lang.reflect.Type;
import java.util.function.Function;

import io.jsoncore.internal.encode.Encoding;
import io.jsoncore.internal.encode.Options;

/**
 * orjson's API for Java: {@code dumps} writes a value as UTF-8 JSON bytes, {@code loads} parses strict JSON.
 * Every method is thread-safe and takes no lock.
 *
 * <pre>{@code
 * byte[] json = Json.dumps(Map.of("id", 7, "tags", List.of("a", "b")));   // {"id":7,"tags":["a","b"]}
 * byte[] pretty = Json.dumps(value, JsonOption.INDENT_2, JsonOption.SORT_KEYS);
 * byte[] money = Json.dumps(order, v -> v instanceof Money m ? m.amount() : null);
 * Object tree = Json.loads("{\"a\":[1,2.5,null]}");              // {a=[1, 2.5, null]}
 * }</pre>
 *
 * <p>What is written for each Java type, and every difference from orjson, is listed in docs/types.md and the README.
 */
public final class Json {

	private Json() {
	}

	/**
	 * Writes {@code value} as compact UTF-8 JSON, changed by {@code options}.
	 * @throws JsonEncodeException when a value cannot be written, with orjson's message
	 * ({@code Type is not JSON serializable: com.acme.Foo})
	 */
	public static byte[] dumps(Object value, JsonOption... options) {
		return Encoding.dumps(value, Options.mask(options), null);
	}

	/**
	 * Writes {@code value}, calling {@code fallback} (orjson's {@code default}) for each value jsoncore cannot
	 * write itself and writing what it returns instead. A chain of fallbacks ends at orjson's limit of 255
	 * calls ({@code default serializer exceeds recursion limit}); an exception it throws becomes the cause of
	 * the {@link JsonEncodeException}. Returning {@code null} writes {@code null}, so throw for values you do
	 * not handle.
	 */
	public static byte[] dumps(Object value, Function<Object, Object> fallback, JsonOption... options) {
		return Encoding.dumps(value, Options.mask(options), fallback);
	}

	/**
	 * Parses one strict RFC 8259 document of UTF-8 bytes. Objects become {@code LinkedHashMap<String, Object>}
	 * in document order (of duplicate keys the last value wins, at the first key's place), arrays
	 * {@code ArrayList<Object>}, strings {@code String}, integers {@code Long} or, beyond 64 bits,
	 * {@code BigInteger}, numbers with a fraction or exponent {@code Double}, then {@code Boolean} and
	 * {@code null}.
	 * @throws JsonDecodeException with orjson's message and position, such as
	 * {@code trailing comma is not allowed: line 1 column 5 (char 4)}
	 */
	public static Object loads(byte[] json) {
		return JsonCodec.defaults().loads(json);
	}

	/** Parses a document given as text; see {@link #loads(byte[])}. */
	public static Object loads(String json) {
		return JsonCodec.defaults().loads(json);
	}

	/**
	 * Reads a document into {@code type}: a record, bean, collection, map, array or any type listed in the
	 * docs/types.md, for example {@code Json.loads(bytes, Order.class)}.
	 * @throws JsonDecodeException when the input is not valid JSON or a value does not fit, with the JSON path:
	 * {@code expected int but found a string at $.items[3].qty: line 1 column 40 (char 39)}
	 * @throws IllegalArgumentException when jsoncore cannot read {@code type} at all; the message says what to add
	 */
	public static <T> T loads(byte[] json, Class<T> type) {
		return JsonCodec.defaults().loads(json, type);
	}

	/** Reads a document into a generic type: {@code Json.loads(bytes, new TypeRef<List<Order>>() {})}. */
	public static <T> T loads(byte[] json, TypeRef<T> type) {
		return JsonCodec.defaults().loads(json, type);
	}

	/** Reads a document into a type given by reflection, such as a method's generic parameter type. */
	public static <T> T loads(byte[] json, Type type) {
		return JsonCodec.defaults().loads(json, type);
	}
}
