package io.jsoncore.testing;

import java.nio.charset.StandardCharsets;
import java.util.function.Function;

import io.jsoncore.Json;
import io.jsoncore.JsonOption;

/** {@code Json.dumps} as text, so tests can compare the exact output with a readable string. */
public final class Dumps {

	private Dumps() {
	}

	public static String dumps(Object value, JsonOption... options) {
		return new String(Json.dumps(value, options), StandardCharsets.UTF_8);
	}

	public static String dumps(Object value, Function<Object, Object> fallback, JsonOption... options) {
		return new String(Json.dumps(value, fallback, options), StandardCharsets.UTF_8);
	}
}
