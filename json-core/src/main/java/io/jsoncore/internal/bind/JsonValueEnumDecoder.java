package io.jsoncore.internal.bind;

import java.lang.invoke.MethodHandle;
import java.util.HashMap;
import java.util.Map;

import io.jsoncore.internal.decode.JsonParser;

/** An enum whose {@code @JsonValue} method gives each constant its JSON value: read back by that value's text. */
final class JsonValueEnumDecoder implements TypeDecoder {

	private final String expected;

	private final Map<String, Object> constants = new HashMap<>();

	JsonValueEnumDecoder(Class<?> enumType, MethodHandle jsonValue) {
		this.expected = enumType.getName();
		for (Object constant : enumType.getEnumConstants()) {
			try {
				this.constants.put(String.valueOf((Object) jsonValue.invokeExact(constant)), constant);
			}
			catch (Throwable ex) {
				throw new IllegalArgumentException("Cannot read " + enumType.getName() + ": its @JsonValue failed for "
						+ constant + " (" + ex + ")", ex);
			}
		}
	}

	@Override
	public Object read(JsonParser in) {
		int start = in.position();
		String text = String.valueOf(in.readValue());
		Object constant = this.constants.get(text);
		if (constant == null) {
			throw new BindException(this.expected, Values.quote(text), start);
		}
		return constant;
	}
}
