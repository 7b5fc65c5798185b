package io.jsoncore;

import java.util.Objects;
import java.util.function.Function;

/**
 * Teaches a codec one type, both ways: register it with {@link JsonCodec.Builder#adapter(Class, JsonAdapter)}.
 * The codec handles {@code null} around it: {@code write} is never called with {@code null} (a {@code null} is
 * written as {@code null}), and JSON {@code null} read into a reference type is {@code null} without a call to
 * {@code read}.
 *
 * <pre>{@code
 * JsonCodec codec = JsonCodec.builder()
 *     .adapter(Money.class, JsonAdapter.text(Money::toString, Money::parse))
 *     .build();
 * }</pre>
 *
 * <p>An exception thrown by {@code write} fails the {@code dumps} with a {@link JsonEncodeException} whose cause
 * it is; one thrown by {@code read} fails the {@code loads} with a {@link JsonDecodeException} naming the type,
 * the JSON path and the position, whose cause it is. Adapters are called from many threads at once: keep them
 * free of mutable state.
 *
 * @param <T> the type this adapter writes and reads
 */
public interface JsonAdapter<T> {

	/** Writes {@code value}, never {@code null}, as exactly one JSON value. */
	void write(JsonWriter writer, T value);

	/** Reads exactly one JSON value, never {@code null}, as a {@code T}. */
	T read(JsonReader reader);

	/**
	 * An adapter for a type written as one JSON string: {@code JsonAdapter.text(Money::toString, Money::parse)}.
	 * Reading anything but a string is an error; an exception {@code parse} throws fails the {@code loads} as any
	 * adapter's does.
	 */
	static <T> JsonAdapter<T> text(Function<? super T, String> format, Function<String, ? extends T> parse) {
		Objects.requireNonNull(format, "format");
		Objects.requireNonNull(parse, "parse");
		return new JsonAdapter<>() {
			@Override
			public void write(JsonWriter writer, T value) {
				writer.value(format.apply(value));
			}

			@Override
			public T read(JsonReader reader) {
				return parse.apply(reader.nextString());
			}
		};
	}
}
