package io.jsoncore.internal.bind;

import java.lang.invoke.MethodHandle;
import java.util.Map;
import java.util.Set;

import io.jsoncore.internal.decode.JsonParser;
import io.jsoncore.internal.decode.KeyNames;

/**
 * A JavaBean: its no-argument constructor, then a setter or public field per property read. Properties the
 * input leaves out keep what the constructor set; unknown ones are skipped.
 */
public final class BeanDecoder implements TypeDecoder {

	/** One writable property: how to read its value and how to set it. */
	public static final class Slot {

		final TypeDecoder decoder;

		final MethodHandle setter;

		public Slot(TypeDecoder decoder, MethodHandle setter) {
			this.decoder = decoder;
			this.setter = setter;
		}
	}

	private final String expected;

	private final MethodHandle constructor;

	private final KeyNames names;

	private final Slot[] slots;

	private final boolean ignoresUnknown;

	private final Set<String> ignored;

	// Other names of properties (@JsonAlias), by the index of the property they read.
	private final Map<String, Integer> aliases;

	// The discriminator of the hierarchy this class is a member of, checked where it stands; or null.
	private final Discriminator discriminator;

	// The @JsonAnySetter, (bean, name, value), or null: where unknown properties go, as untyped values.
	private final MethodHandle anySetter;

	public BeanDecoder(String expected, MethodHandle constructor, Map<String, Slot> slots, boolean ignoresUnknown,
			Set<String> ignored, Map<String, Integer> aliases, MethodHandle anySetter, Discriminator discriminator) {
		this.discriminator = discriminator;
		this.ignored = ignored;
		this.aliases = aliases;
		this.anySetter = anySetter;
		this.expected = expected;
		this.ignoresUnknown = ignoresUnknown;
		this.constructor = constructor;
		this.names = new KeyNames(slots.keySet().toArray(new String[0]));
		this.slots = slots.values().toArray(new Slot[0]);
	}

	@Override
	public Object read(JsonParser in) {
		if (in.current() != '{') {
			throw Values.mismatch(this.expected, in);
		}
		int start = in.position();
		Object bean = invoke(() -> this.constructor.invoke(), start);
		if (in.beginObject()) {
			int next = 0;
			do {
				int keyStart = in.position();
				int index = in.readKeyIndex(this.names, next);
				if (index < 0) {
					String name = in.unknownKey();
					Integer alias = this.aliases.get(name);
					if (alias == null && this.anySetter != null && !this.ignored.contains(name)
							&& (this.discriminator == null || !this.discriminator.is(name))) {
						Object any = in.readValue();
						invoke(() -> {
							this.anySetter.invoke(bean, name, any);
							return null;
						}, start);
						continue;
					}
					if (alias == null) {
						Unknown.skip(in, this.expected, name, keyStart, this.ignoresUnknown || this.ignored.contains(name),
								this.discriminator);
						continue;
					}
					index = alias;
				}
				next = index + 1;
				Slot slot = this.slots[index];
				Object value;
				try {
					value = slot.decoder.read(in);
				}
				catch (BindException ex) {
					throw ex.at("." + this.names.name(index));
				}
				invoke(() -> {
					slot.setter.invoke(bean, value);
					return null;
				}, start);
			}
			while (in.nextEntry());
		}
		return bean;
	}

	@FunctionalInterface
	private interface Call {

		Object call() throws Throwable;

	}

	private Object invoke(Call call, int start) {
		try {
			return call.call();
		}
		catch (Throwable ex) {
			throw new BindException(this.expected, "an object it rejects (" + ex + ")", start);
		}
	}
}
