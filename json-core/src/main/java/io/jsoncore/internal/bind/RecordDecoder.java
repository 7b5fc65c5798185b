package io.jsoncore.internal.bind;

import java.lang.invoke.MethodHandle;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import io.jsoncore.internal.decode.JsonParser;

/**
 * A record through its canonical constructor. Properties may come in any order; a missing one is {@code null}
 * (the primitive's zero, {@code Optional.empty()}); of duplicates the last wins; unknown ones are skipped.
 */
final class RecordDecoder implements TypeDecoder {

	private final String expected;

	private final Map<String, Integer> indexes = new HashMap<>();

	// The JSON name of each component in order, null where never read: documents mostly list the properties in
	// the record's order, so the component after the last one read is tried before the map.
	private final String[] names;

	private final TypeDecoder[] decoders;

	private final Object[] defaults;

	private final MethodHandle constructor;

	private final boolean ignoresUnknown;

	private final Set<String> ignored;

	/**
	 * {@code names[i]} is {@code null} for a component that is never read ({@code @JsonIgnore}); {@code ignored}
	 * holds the JSON names of those, skipped even when unknown properties are errors.
	 */
	RecordDecoder(String expected, String[] names, TypeDecoder[] decoders, Object[] defaults, MethodHandle constructor,
			boolean ignoresUnknown, Set<String> ignored) {
		this.ignored = ignored;
		this.expected = expected;
		this.names = names.clone();
		for (int i = 0; i < names.length; i++) {
			if (names[i] != null) {
				this.indexes.put(names[i], i);
			}
		}
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
				String name = in.readKey();
				int index = indexOf(name, next);
				if (index < 0) {
					Unknown.skip(in, this.expected, name, keyStart, this.ignoresUnknown || this.ignored.contains(name));
					continue;
				}
				next = index + 1;
				try {
					arguments[index] = this.decoders[index].read(in);
				}
				catch (BindException ex) {
					throw ex.at("." + name);
				}
			}
			while (in.nextEntry());
		}
		return construct(arguments, start);
	}

	private int indexOf(String name, int guess) {
		// Keys come from the parser's key cache, so the same String is usually the very same instance.
		if (guess < this.names.length && name.equals(this.names[guess])) {
			return guess;
		}
		Integer index = this.indexes.get(name);
		return index != null ? index : -1;
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
