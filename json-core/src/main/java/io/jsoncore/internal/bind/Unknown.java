package io.jsoncore.internal.bind;

import io.jsoncore.internal.decode.JsonParser;

/** A property the Java type does not have: skipped, unless the codec says it is an error and the type does not. */
final class Unknown {

	private Unknown() {
	}

	static void skip(JsonParser in, String type, String name, int keyStart, boolean typeIgnoresUnknown) {
		if (in.failOnUnknownProperties() && !typeIgnoresUnknown) {
			throw new BindException("a property of " + type, Values.quote(name), keyStart).at("." + name);
		}
		in.skipValue();
	}
}
