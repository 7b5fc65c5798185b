package io.jsoncore.internal.bind;

import java.lang.invoke.MethodHandle;
import java.util.Map;
import java.util.Set;

import io.jsoncore.internal.decode.JsonParser;
import io.jsoncore.internal.decode.KeyNames;

/**
 * A record through its canonical constructor. Properties may come in any order; a missing one is {@code null}
 * (the primitive's zero, {@code Optional.empty()}); of duplicates the last wins; unknown ones are skipped.
 */
public final class RecordDecoder implements TypeDecoder {

	private final String expected;

	// The JSON name of each component in order, null where never read: documents mostly list the properties in
	// the record's order, so the component after the last one read is tried first.
	private final KeyNames names;

	private final TypeDecoder[] decoders;

	private final Object[] defaults;

	private final MethodHandle constructor;

	private final boolean ignoresUnknown;

	private final Set<String> ignored;

	// Other names of properties (@JsonAlias), by the index of the property they read.
	private final Map<String, Integer> aliases;

	// The discriminator of the hierarchy this class is a member of, checked where it stands; or null.
	private final Discriminator discriminator;

	/**
	 * {@code names[i]} is {@code null} for a component that is never read ({@code @JsonIgnore}); {@code ignored}
	 * holds the JSON names of those, skipped even when unknown properties are errors.
	 */
	public RecordDecoder(String expected, String[] names, TypeDecoder[] decoders, Object[] defaults, MethodHandle constructor,
			boolean ignoresUnknown, Set<String> ignored, Map<String, Integer> aliases, Discriminator discriminator) {
		this.discriminator = discriminator;
		this.ignored = ignored;
		this.aliases = aliases;
		this.expected = expected;
		this.names = new KeyNames(names);
		this.ignoresUnknown = ignoresUnknown;
		this.decoders = decoders;
		this.defaults = defaults;
		this.constructor = constructor;
	}

	@Override
	public Object read(JsonParser in) {
		if (in.current() != '{') {
			throw Values.mismatch(this.expected, in);
		}
		int start = in.position();
		Object[] arguments = this.defaults.clone();
		if (in.beginObject()) {
			int next = 0;
			do {
				int keyStart = in.position();
				int index = in.readKeyIndex(this.names, next);
				if (index < 0) {
					String name = in.unknownKey();
					Integer alias = this.aliases.get(name);
					if (alias == null) {
						Unknown.skip(in, this.expected, name, keyStart, this.ignoresUnknown || this.ignored.contains(name),
								this.discriminator);
						continue;
					}
					index = alias;
				}
				next = index + 1;
				try {
					arguments[index] = this.decoders[index].read(in);
				}
				catch (BindException ex) {
					throw ex.at("." + this.names.name(index));
				}
			}
			while (in.nextEntry());
		}
		return construct(arguments, start);
	}

	private Object construct(Object[] arguments, int start) {
		try {
			return this.constructor.invoke(arguments);
		}
		catch (RuntimeException | Error ex) {
			// a compact constructor that validates: report it where the object starts
			throw new BindException(this.expected, "an object its constructor rejects (" + ex + ")", start);
		}
		catch (Throwable ex) {
			throw new BindException(this.expected, "an object its constructor rejects (" + ex + ")", start);
		}
	}
}
