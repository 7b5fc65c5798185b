package io.jsoncore.internal.bind;

import java.lang.invoke.MethodHandle;
import java.util.LinkedHashMap;
import java.util.Map;

import io.jsoncore.internal.decode.JsonParser;
import io.jsoncore.internal.decode.KeyNames;

/**
 * A record through its canonical constructor. Properties may come in any order; a missing one is {@code null}
 * (the primitive's zero, {@code Optional.empty()}); of duplicates the last wins; unknown ones are skipped, or
 * collected into the component marked {@code @JsonAnySetter}.
 */
public final class RecordDecoder implements TypeDecoder {

	private final String expected;

	// The JSON name of each component in order, null where never read: documents mostly list the properties in
	// the record's order, so the component after the last one read is tried first.
	private final KeyNames names;

	private final TypeDecoder[] decoders;

	private final Object[] defaults;

	private final MethodHandle constructor;

	private final OtherKeys other;

	// The component @JsonAnySetter marks, which takes the unknown properties as a map; -1 for none.
	private final int any;

	// How the values of that map are read.
	private final TypeDecoder anyValues;

	/**
	 * {@code names[i]} is {@code null} for a component that is never read by name ({@code @JsonIgnore}, outside the
	 * view, or {@code any}); {@code other} says what becomes of the keys that name no component.
	 */
	public RecordDecoder(String expected, String[] names, TypeDecoder[] decoders, Object[] defaults, MethodHandle constructor,
			OtherKeys other, int any, TypeDecoder anyValues) {
		this.other = other;
		this.any = any;
		this.anyValues = anyValues;
		this.expected = expected;
		this.names = new KeyNames(names);
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
		Object[] arguments = in.arguments(this.defaults);
		Unwrapping.Found found = null;
		if (in.beginObject()) {
			int next = 0;
			do {
				int keyStart = in.position();
				int index = in.readKeyIndex(this.names, next);
				if (index < 0) {
					String name = in.unknownKey();
					Integer alias = this.other.alias(name);
					Unwrapping.Found kept = alias == null ? this.other.unwrapped(name, in, found) : null;
					if (kept != null) {
						found = kept;
						continue;
					}
					if (alias == null && this.any >= 0 && this.other.collected(name)) {
						collect(arguments, name, in);
						continue;
					}
					if (alias == null) {
						this.other.skip(in, this.expected, name, keyStart);
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
		if (this.other.unwrapping() != null) {
			this.other.unwrapping().readInto(arguments, found, in, start);
		}
		if (this.any >= 0 && arguments[this.any] == null) {
			arguments[this.any] = new LinkedHashMap<String, Object>();
		}
		return construct(arguments, start);
	}

	// An unknown property into the @JsonAnySetter map, the last of duplicates winning.
	private void collect(Object[] arguments, String name, JsonParser in) {
		@SuppressWarnings("unchecked")
		Map<String, Object> extra = (Map<String, Object>) arguments[this.any];
		if (extra == null) {
			extra = new LinkedHashMap<>();
			arguments[this.any] = extra;
		}
		try {
			extra.put(name, this.anyValues.read(in));
		}
		catch (BindException ex) {
			throw ex.at("." + name);
		}
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
