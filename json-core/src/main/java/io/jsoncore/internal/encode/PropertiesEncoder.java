package io.jsoncore.internal.encode;

import java.lang.invoke.MethodHandle;
import java.util.List;

import io.jsoncore.JsonEncodeException;
import io.jsoncore.internal.reflect.Property;

/**
 * Records and JavaBeans, orjson's dataclasses: a JSON object of their properties in a fixed order (never
 * sorted). Names are encoded and readers resolved once per class; PASSTHROUGH_RECORD sends the instance to
 * the fallback instead.
 */
final class PropertiesEncoder implements ValueEncoder {

	private final byte[][] keys;

	private final MethodHandle[] readers;

	private final String[] names;

	PropertiesEncoder(List<Property> properties) {
		int count = properties.size();
		this.keys = new byte[count][];
		this.readers = new MethodHandle[count];
		this.names = new String[count];
		KeyBytes keyBytes = new KeyBytes();
		for (int i = 0; i < count; i++) {
			Property property = properties.get(i);
			this.keys[i] = keyBytes.withColon(property.name());
			this.readers[i] = property.reader();
			this.names[i] = property.name();
		}
	}

	@Override
	public void encode(Encoder out, Object value, int depth) {
		if (out.has(Options.PASSTHROUGH_RECORD)) {
			out.writeFallback(value, depth);
			return;
		}
		int level = out.enter(depth);
		if (this.keys.length == 0) {
			out.writeEmpty('{', '}');
			return;
		}
		out.openContainer('{');
		for (int i = 0; i < this.keys.length; i++) {
			out.beginEntry(i == 0, level);
			out.writeKeyBytes(this.keys[i]);
			out.writeValue(read(i, value), level);
		}
		out.endContainer('}', level);
	}

	private Object read(int index, Object instance) {
		try {
			return (Object) this.readers[index].invokeExact(instance);
		}
		catch (RuntimeException | Error ex) {
			throw ex;
		}
		catch (Throwable ex) {
			throw new JsonEncodeException("Property '" + this.names[index] + "' of " + instance.getClass().getName()
					+ " could not be read: " + ex, ex);
		}
	}
}
