package io.jsoncore.internal.bind;

import java.lang.invoke.MethodHandle;
import java.util.Map;
import java.util.Set;

import io.jsoncore.internal.decode.JsonParser;

/**
 * A JavaBean: its no-argument constructor, then a setter or public field per property read. Properties the
 * input leaves out keep what the constructor set; unknown ones are skipped.
 */
final class BeanDecoder implements TypeDecoder {

	/** One writable property: how to read its value and how to set it. */
	static final class Slot {

		final TypeDecoder decoder;

		final MethodHandle setter;

		Slot(TypeDecoder decoder, MethodHandle setter) {
			this.decoder = decoder;
			this.setter = setter;
		}
	}

	private final String expected;

	private final MethodHandle constructor;

	private final Map<String, Slot> slots;

	private final boolean ignoresUnknown;

	private final Set<String> ignored;

	BeanDecoder(String expected, MethodHandle constructor, Map<String, Slot> slots, boolean ignoresUnknown,
			Set<String> ignored) {
		this.ignored = ignored;
		this.expected = expected;
		this.ignoresUnknown = ignoresUnknown;
		this.constructor = constructor;
		this.slots = slots;
	}

	@Override
	public Object read(JsonParser in) {
		if (in.current() != '{') {
			throw Values.mismatch(this.expected, in);
		}
		int start = in.position();
		Object bean = invoke(() -> this.constructor.invoke(), start);
		if (in.beginObject()) {
			do {
				int keyStart = in.position();
				String name = in.readKey();
				Slot slot = this.slots.get(name);
				if (slot == null) {
					Unknown.skip(in, this.expected, name, keyStart, this.ignoresUnknown || this.ignored.contains(name));
					continue;
				}
				Object value;
				try {
					value = slot.decoder.read(in);
				}
				catch (BindException ex) {
					throw ex.at("." + name);
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
