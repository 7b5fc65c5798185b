package io.jsoncore.internal.bind;

import java.util.Collection;
import java.util.Map;
import java.util.StringJoiner;

import io.jsoncore.internal.decode.JsonParser;
import io.jsoncore.internal.decode.KeyNames;
import io.jsoncore.internal.decode.Lookahead;

/**
 * A sealed type or a {@code @JsonTypeInfo} type: the discriminator property, wherever it stands in the object, picks
 * one of a closed set of member decoders, which then read the whole object. Where the discriminator comes first (as
 * json-core and Jackson write it) that costs one key; elsewhere, one walk of the object ({@link Lookahead}), shared
 * with every polymorphic value nested in it.
 */
public final class PolymorphicDecoder implements TypeDecoder {

	private final String type;

	private final String expected;

	private final String property;

	private final KeyNames name;

	// The members' names, matched by their bytes, and each one's decoder by the same index.
	private final KeyNames ids;

	private final TypeDecoder[] members;

	// What an object without the discriminator is read as (a concrete declared type, or defaultImpl), or null.
	private final TypeDecoder absent;

	private final String allowed;

	public PolymorphicDecoder(String type, String property, Map<String, TypeDecoder> members, TypeDecoder absent) {
		this.type = type;
		this.property = property;
		this.name = new KeyNames(new String[] { property });
		this.ids = new KeyNames(members.keySet().toArray(new String[0]));
		this.members = members.values().toArray(new TypeDecoder[0]);
		this.absent = absent;
		this.allowed = allowed(members.keySet());
		this.expected = "\"" + property + "\" to be " + this.allowed + " (for " + type + ")";
	}

	@Override
	public Object read(JsonParser in) {
		if (in.current() != '{') {
			throw Values.mismatch(this.type, in);
		}
		int start = in.position();
		int at = Lookahead.find(in, this.name);
		if (at < 0) {
			if (this.absent != null) {
				return this.absent.read(in);
			}
			throw new BindException(this.expected, "no \"" + this.property + "\"", start);
		}
		int depth = in.depth();
		in.rewind(at, depth + 1);
		if (in.current() != '"') {
			throw new BindException(this.expected, Values.found(in), at).at("." + this.property);
		}
		int member = in.readStringIndex(this.ids);
		if (member < 0) {
			throw new BindException(this.expected, Values.quote(in.unknownKey()), at).at("." + this.property);
		}
		in.rewind(start, depth);
		return this.members[member].read(in);
	}

	/** {@code "Circle" or "Square"}: the names a discriminator may have, in words. */
	static String allowed(Collection<String> ids) {
		if (ids.size() == 1) {
			return "\"" + ids.iterator().next() + "\"";
		}
		StringJoiner words = new StringJoiner(", ", "one of ", "");
		for (String id : ids) {
			words.add("\"" + id + "\"");
		}
		return words.toString();
	}
}
