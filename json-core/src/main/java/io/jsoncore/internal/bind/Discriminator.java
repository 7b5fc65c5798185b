package io.jsoncore.internal.bind;

import java.util.Set;

import io.jsoncore.internal.decode.JsonParser;
import io.jsoncore.internal.decode.KeyNames;

/**
 * The discriminator of a member of a polymorphic hierarchy, as the member's own decoder meets it among its
 * properties: not a property of the member, but a name it must answer to. Read wherever it stands and checked, so
 * that a {@code Circle} never silently reads an object that says it is a {@code Square}.
 */
public final class Discriminator {

	private final String property;

	private final KeyNames ids;

	private final String expected;

	/** {@code property} must name one of {@code ids}, the names of {@code member}. */
	public Discriminator(String property, Set<String> ids, String member) {
		this.property = property;
		this.ids = new KeyNames(ids.toArray(new String[0]));
		this.expected = "\"" + property + "\" to be " + PolymorphicDecoder.allowed(ids) + " (for " + member + ")";
	}

	boolean is(String name) {
		return this.property.equals(name);
	}

	/** Reads the discriminator's value, the parser at it, and fails where it does not name the member. */
	void check(JsonParser in) {
		int at = in.position();
		if (in.current() != '"') {
			throw new BindException(this.expected, Values.found(in), at).at("." + this.property);
		}
		if (in.readStringIndex(this.ids) < 0) {
			throw new BindException(this.expected, Values.quote(in.unknownKey()), at).at("." + this.property);
		}
	}
}
