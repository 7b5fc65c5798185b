package io.jsoncore.internal.types;

import java.lang.reflect.Type;
import java.util.function.Function;

import io.jsoncore.internal.bind.TypeDecoder;
import io.jsoncore.internal.encode.Encoder;
import io.jsoncore.internal.encode.ValueEncoder;

/**
 * One family of Java types, with how it is written, how it is read and how it is a map key, side by side, so
 * that a type is added (or changed) in one place and tested in one test class. {@link TypeFamilies} holds them in
 * the order they are tried; each answers {@code null} for a type that is not its own.
 */
public interface TypeFamily {

	/** How a value whose runtime class is {@code type} is written, or {@code null}. */
	ValueEncoder encoder(Class<?> type);

	/**
	 * How a value declared as {@code type} (of raw class {@code raw}) is read, or {@code null}; a family of containers
	 * takes its elements' decoders from {@code decoders}.
	 */
	TypeDecoder decoder(Type type, Class<?> raw, Decoders decoders);

	/**
	 * The text of a map key under {@code NON_STR_KEYS}, or {@code null} when {@code key} is not of this family (or
	 * its family makes no map keys, as containers, records and beans).
	 */
	default String keyText(Encoder out, Object key) {
		return null;
	}

	/** How a map key declared as {@code type} is read from its text, or {@code null}. */
	default Function<String, Object> keyParser(Class<?> type) {
		return null;
	}

}
