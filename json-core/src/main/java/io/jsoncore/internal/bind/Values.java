package io.jsoncore.internal.bind;

import java.lang.reflect.Type;

import io.jsoncore.internal.decode.JsonParser;

/** Words for errors: what a value in the input is, and how a Java type is named. */
public final class Values {

	private Values() {
	}

	/** What the parser is at, for "but found ...": {@code a string}, {@code an object}, {@code null}, ... */
	public static String found(JsonParser in) {
		switch (in.current()) {
			case '"':
				return "a string";
			case '{':
				return "an object";
			case '[':
				return "an array";
			case 't':
			case 'f':
				return "a boolean";
			case 'n':
				return "null";
			default:
				return "a number";
		}
	}

	public static BindException mismatch(String expected, JsonParser in) {
		return new BindException(expected, found(in), in.position());
	}

	/** A type as a Java user writes it: {@code int}, {@code String}, {@code List<com.acme.Order>}. */
	public static String describe(Type type) {
		return type.getTypeName().replaceAll("java\\.(lang|util)\\.(?=[A-Z])", "");
	}

	public static String quote(String text) {
		return "\"" + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "\"";
	}
}
