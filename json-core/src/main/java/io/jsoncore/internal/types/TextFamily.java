package io.jsoncore.internal.types;

import java.lang.reflect.Type;
import java.util.function.Function;

import io.jsoncore.internal.bind.TextDecoders;
import io.jsoncore.internal.bind.TypeDecoder;

/**
 * A family of value types written as one JSON string, whose map keys are that same string: one parser reads both,
 * and text it rejects is a binding error that quotes it.
 */
abstract class TextFamily implements TypeFamily {

	/** How the text of a value of {@code type} is read, or {@code null} when {@code type} is not of this family. */
	abstract Function<String, Object> parser(Class<?> type);

	@Override
	public TypeDecoder decoder(Type declared, Class<?> type, Decoders decoders) {
		Function<String, Object> parser = parser(type);
		return parser != null ? TextDecoders.text(type, parser) : null;
	}

	@Override
	public Function<String, Object> keyParser(Class<?> type) {
		return parser(type);
	}
}
