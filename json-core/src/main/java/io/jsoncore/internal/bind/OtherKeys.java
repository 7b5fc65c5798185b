package io.jsoncore.internal.bind;

import java.util.Map;
import java.util.Set;

import io.jsoncore.internal.decode.JsonParser;

/**
 * What a record or bean decoder does with a key that names none of its properties: another name of one
 * ({@code @JsonAlias}), a property of an unwrapped one ({@code @JsonUnwrapped}), its hierarchy's discriminator
 * (checked), a name it leaves out on purpose (skipped even when
 * unknown properties are errors), or an unknown one (skipped, unless the codec says it is an error and the type does
 * not).
 */
public final class OtherKeys {

	private final boolean ignoresUnknown;

	private final Set<String> ignored;

	private final Map<String, Integer> aliases;

	private final Discriminator discriminator;

	private final Unwrapping unwrapping;

	/**
	 * @param ignoresUnknown the type's {@code @JsonIgnoreProperties(ignoreUnknown = true)}
	 * @param ignored the JSON names the type leaves out
	 * @param aliases other names, by the index of the property they read
	 * @param discriminator the discriminator of the type's hierarchy, or {@code null}
	 * @param unwrapping the type's {@code @JsonUnwrapped} properties, which take the keys that are theirs; or
	 * {@code null}
	 */
	public OtherKeys(boolean ignoresUnknown, Set<String> ignored, Map<String, Integer> aliases,
			Discriminator discriminator, Unwrapping unwrapping) {
		this.unwrapping = unwrapping;
		this.ignoresUnknown = ignoresUnknown;
		this.ignored = ignored;
		this.aliases = aliases;
		this.discriminator = discriminator;
	}

	/** The index of the property {@code name} is another name of, or {@code null}. */
	Integer alias(String name) {
		return this.aliases.get(name);
	}

	/** The unwrapped properties, or {@code null}. */
	Unwrapping unwrapping() {
		return this.unwrapping;
	}

	/**
	 * Where the key is a property of an unwrapped child: keeps its value's place in {@code found} (made if
	 * {@code null}), passes over it and returns {@code found}; else {@code null}, the parser where it was.
	 */
	Unwrapping.Found unwrapped(String name, JsonParser in, Unwrapping.Found found) {
		int child = this.unwrapping != null ? this.unwrapping.claim(name) : -1;
		return child < 0 ? null : Unwrapping.keep(found, child, name, in, this.unwrapping);
	}

	/** Whether an unknown property of this name goes to an any-setter: not left out, not the discriminator. */
	boolean collected(String name) {
		return !this.ignored.contains(name) && (this.discriminator == null || !this.discriminator.is(name));
	}

	/** Past the value of a key that is no property, the parser at the value; {@code type} and the key for errors. */
	void skip(JsonParser in, String type, String name, int keyStart) {
		if (this.discriminator != null && this.discriminator.is(name)) {
			this.discriminator.check(in);
			return;
		}
		if (in.failOnUnknownProperties() && !this.ignoresUnknown && !this.ignored.contains(name)) {
			throw new BindException("a property of " + type, Values.quote(name), keyStart).at("." + name);
		}
		in.skipValue();
	}
}
