package io.jsoncore;

import java.lang.reflect.Type;

/**
 * A pull view of the parser, handed to {@link JsonAdapter#read}: the adapter reads exactly one value through it,
 * which may be an object or an array of any depth. The shape is Gson's and Moshi's, but strict as the rest of
 * jsoncore: {@link #nextString()} on a number and {@link #nextInt()} on a string are errors, where Gson and Moshi
 * convert. Look with {@link #peek()} first where the input may hold either.
 *
 * <pre>{@code
 * reader.beginObject();
 * while (reader.hasNext()) {
 *     switch (reader.nextName()) {
 *         case "amount" -> amount = reader.read(BigDecimal.class);
 *         case "currency" -> currency = reader.nextString();
 *         default -> reader.skipValue();
 *     }
 * }
 * reader.endObject();
 * }</pre>
 *
 * <p>A method called at the wrong token throws a {@link JsonDecodeException} with the JSON path and position, as
 * typed {@code loads} does: {@code expected a string but found a number at $.items[1].price: line 1 column 40
 * (char 39)}. Reading past the adapter's value, or returning before the value is read whole, is an error too: an
 * adapter can never leave the rest of the document out of step. A reader belongs to one {@code loads} call on one
 * thread; do not keep it after {@code read} returns. Its methods allocate nothing of their own beyond the values
 * they return.
 */
public interface JsonReader {

	/** What comes next, without reading it; {@link JsonToken#END_DOCUMENT} once the value is read whole. */
	JsonToken peek();

	void beginObject();

	void endObject();

	void beginArray();

	void endArray();

	/** Whether the object or array being read has another property or element. */
	boolean hasNext();

	/** Reads a property's name; its value comes next. */
	String nextName();

	/** Reads a string; anything else (a number included) is an error. */
	String nextString();

	/** Reads an integer that fits an {@code int}; a string, a fraction or an integer out of range is an error. */
	int nextInt();

	/** Reads an integer that fits a {@code long}; a string, a fraction or an integer out of range is an error. */
	long nextLong();

	/** Reads a number as a {@code double}; one beyond its range is an error, as is a string. */
	double nextDouble();

	boolean nextBoolean();

	/** Reads {@code null}. */
	void nextNull();

	/** Skips the next value whole, checking it as strictly as any other; at a name, the name and its value. */
	void skipValue();

	/** Reads the next value into {@code type} through the codec, with its adapters and settings. */
	<T> T read(Class<T> type);

	/** Reads the next value into a type given by reflection, such as {@code List<Money>}. */
	<T> T read(Type type);

}
