package io.jsoncore.internal.bind;

import java.lang.invoke.MethodHandle;
import java.util.Collection;
import java.util.Map;

import io.jsoncore.internal.decode.JsonParser;
import io.jsoncore.internal.decode.KeyNames;

/**
 * A JavaBean: its no-argument constructor, then a setter or public field per property read. Properties the
 * input leaves out keep what the constructor set; unknown ones are skipped.
 */
public final class BeanDecoder implements TypeDecoder {

	/**
	 * One writable property: how to read its value, how to set it, and for a {@code @JsonManagedReference} how to
	 * point the value (each element of a collection or array, each value of a map) back to the bean.
	 */
	public static final class Slot {

		final TypeDecoder decoder;

		final MethodHandle setter;

		final MethodHandle back;

		public Slot(TypeDecoder decoder, MethodHandle setter, MethodHandle back) {
			this.decoder = decoder;
			this.setter = setter;
			this.back = back;
		}
	}

	private final String expected;

	private final MethodHandle constructor;

	private final KeyNames names;

	private final Slot[] slots;

	private final OtherKeys other;

	// The @JsonAnySetter, (bean, name, value), or null: where unknown properties go, as untyped values.
	private final MethodHandle anySetter;

	public BeanDecoder(String expected, MethodHandle constructor, Map<String, Slot> slots, OtherKeys other,
			MethodHandle anySetter) {
		this.other = other;
		this.anySetter = anySetter;
		this.expected = expected;
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
					if (alias == null && this.anySetter != null && this.other.collected(name)) {
						Object any = in.readValue();
						invoke(() -> {
							this.anySetter.invoke(bean, name, any);
							return null;
						}, start);
						continue;
					}
					if (alias == null) {
						this.other.skip(in, this.expected, name, keyStart);
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
					if (slot.back != null) {
						linkBack(slot.back, value, bean);
					}
					return null;
				}, start);
			}
			while (in.nextEntry());
		}
		if (this.other.unwrapping() != null) {
			this.other.unwrapping().setOn(bean, found, in, start, this.expected);
		}
		return bean;
	}

	// The @JsonBackReference of each child read into a @JsonManagedReference property, set to the parent.
	private static void linkBack(MethodHandle back, Object value, Object parent) throws Throwable {
		if (value instanceof Collection) {
			for (Object child : (Collection<?>) value) {
				linkBack(back, child, parent);
			}
		}
		else if (value instanceof Map) {
			for (Object child : ((Map<?, ?>) value).values()) {
				linkBack(back, child, parent);
			}
		}
		else if (value instanceof Object[]) {
			for (Object child : (Object[]) value) {
				linkBack(back, child, parent);
			}
		}
		else if (value != null) {
			back.invoke(value, parent);
		}
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
