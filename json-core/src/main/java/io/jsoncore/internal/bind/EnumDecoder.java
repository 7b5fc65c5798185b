package io.jsoncore.internal.bind;

import java.util.HashMap;
import java.util.Map;

import io.jsoncore.internal.decode.JsonParser;

/** An enum constant by its {@code name()}, the text {@code dumps} writes. */
final class EnumDecoder implements TypeDecoder {

	private final String expected;

	private final Map<String, Object> constants = new HashMap<>();

	EnumDecoder(Class<?> enumType) {
		this.expected = enumType.getName();
		for (Object constant : enumType.getEnumConstants()) {
			this.constants.put(((Enum<?>) constant).name(), constant);
		}
	}

	@Override
	public Object read(JsonParser in) {
		if (in.current() != '"') {
			throw Values.mismatch(this.expected, in);
		}
		int start = in.position();
		String name = in.readString();
		Object constant = this.constants.get(name);
		if (constant == null) {
			throw new BindException(this.expected, Values.quote(name), start);
		}
		return constant;
	}

	/** Parses a map key. */
	Object parse(String name) {
		Object constant = this.constants.get(name);
		if (constant == null) {
			throw new IllegalArgumentException(name);
		}
		return constant;
	}
}
