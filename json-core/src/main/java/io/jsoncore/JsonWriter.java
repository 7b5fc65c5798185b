package io.jsoncore;

/**
 * A streaming view of the encoder, handed to {@link JsonAdapter#write}: the adapter writes exactly one value
 * through it, which may be an object or an array of any depth. Every method returns this writer, so calls chain:
 *
 * <pre>{@code
 * writer.beginObject().name("amount").value(money.amount()).name("currency").value(money.currency()).endObject();
 * }</pre>
 *
 * <p>The writer checks what it is told as it goes, and a call that would make malformed JSON fails with a
 * {@link JsonEncodeException} naming the adapter: a value in an object without a name before it, a name with no
 * value after it, a second value, an {@code endObject()} for an array or with nothing open, and, when the adapter
 * returns, nothing written or a container left open. The codec's options apply to what is written here as to the
 * rest of the document ({@code INDENT_2}, {@code STRICT_INTEGER}, ...), except {@code SORT_KEYS}, which sorts
 * maps: an adapter's object keeps the order the adapter writes, as a record's does.
 *
 * <p>A writer belongs to one {@code dumps} call on one thread; do not keep it after {@code write} returns. Its
 * methods allocate nothing of their own.
 */
public interface JsonWriter {

	/** Opens an object: then {@link #name(String)} and a value, as often as there are properties. */
	JsonWriter beginObject();

	/** Closes the object opened last. */
	JsonWriter endObject();

	/** Opens an array: then its values. */
	JsonWriter beginArray();

	/** Closes the array opened last. */
	JsonWriter endArray();

	/** Writes a property's name; its value must follow. */
	JsonWriter name(String name);

	/** Writes a string, with the escapes {@code dumps} uses; {@code null} writes {@code null}. */
	JsonWriter value(String value);

	/** Writes an integer; under {@code STRICT_INTEGER} one beyond 53 bits fails as it does anywhere. */
	JsonWriter value(long value);

	/** Writes a number as {@code dumps} writes a {@code double}: NaN and the infinities as {@code null}. */
	JsonWriter value(double value);

	JsonWriter value(boolean value);

	JsonWriter nullValue();

	/**
	 * Writes any value through the codec, with its options, adapters and fallback: a record, a list, a map, a
	 * type with an adapter of its own (this one included, for a nested value of the same type).
	 */
	JsonWriter value(Object value);

}
