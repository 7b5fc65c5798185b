package io.jsoncore.internal.bind;

import io.jsoncore.internal.decode.JsonParser;

/** A property the Java type does not have: its discriminator checked, any other skipped, unless the codec says it is an error and the type does not. */
final class Unknown {

	private Unknown() {
	}

	static void skip(JsonParser in, String type, String name, int keyStart, boolean typeIgnoresUnknown,
			Discriminator discriminator) {
		if (discriminator != null && discriminator.is(name)) {
			discriminator.check(in);
			return;
		}
		if (in.failOnUnknownProperties() && !typeIgnoresUnknown) {
			throw new BindException("a property of " + type, Values.quote(name), keyStart).at("." + name);
		}
		in.skipValue();
	}
}
