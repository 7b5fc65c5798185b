package io.jsoncore.internal.bind;

import io.jsoncore.JsonAdapter;
import io.jsoncore.JsonDecodeException;
import io.jsoncore.internal.Adapters;
import io.jsoncore.internal.decode.JsonParser;

/**
 * Reads a type through its registered {@link JsonAdapter}, in a frame of the document's {@link AdapterReader} that
 * holds the adapter to exactly one value. JSON {@code null} never reaches the adapter: {@link Binding} reads it as
 * {@code null} for a reference type, and for a primitive it is the usual mismatch.
 */
final class AdapterDecoder implements TypeDecoder {

	private final String expected;

	private final Class<?> type;

	private final boolean primitive;

	private final JsonAdapter<?> adapter;

	private final Binding binding;

	// "JsonAdapter for com.acme.Money", the words of every error about it
	private final String words;

	AdapterDecoder(String expected, Class<?> type, JsonAdapter<?> adapter, Binding binding) {
		this.expected = expected;
		this.type = Adapters.box(type);
		this.primitive = type.isPrimitive();
		this.adapter = adapter;
		this.binding = binding;
		this.words = "JsonAdapter for " + this.type.getName();
	}

	@Override
	public Object read(JsonParser in) {
		if (this.primitive && in.current() == 'n') {
			throw Values.mismatch(this.expected, in);
		}
		AdapterReader reader = AdapterReader.of(in, this.binding);
		int start = in.position();
		int frame = reader.open(this.words);
		Object value;
		try {
			value = this.adapter.read(reader);
		}
		catch (BindException | JsonDecodeException ex) {
			reader.abandon(frame);
			throw ex;
		}
		catch (RuntimeException ex) {
			reader.abandon(frame);
			throw new BindException(this.words + " failed (" + ex + ")", start, ex);
		}
		reader.close(frame);
		if (value == null ? this.primitive : !this.type.isInstance(value)) {
			throw new BindException(this.words + " returned "
					+ (value == null ? "null for a " + this.expected : "a " + value.getClass().getName()), start, null);
		}
		return value;
	}
}
