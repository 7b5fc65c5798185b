package io.jsoncore.internal.types;

import java.lang.reflect.Array;
import java.lang.reflect.Type;
import java.util.Base64;

import io.jsoncore.internal.bind.ContainerDecoders;
import io.jsoncore.internal.bind.TextDecoders;
import io.jsoncore.internal.bind.TypeDecoder;
import io.jsoncore.internal.bind.Values;
import io.jsoncore.internal.encode.Encoder;
import io.jsoncore.internal.encode.ValueEncoder;
import io.jsoncore.internal.reflect.Types;
import io.jsoncore.internal.write.Base64Writer;

/**
 * Java arrays, orjson's numpy arrays: {@code Object[]} and every primitive array become JSON arrays (arrays of
 * arrays nest), except {@code byte[]}, which is a Base64 string as every Java JSON library writes it, and
 * {@code char[]}, which is a string (the strings' family has it). Read back element by element, {@code byte[]} from
 * Base64. Not map keys.
 */
final class ArrayFamily implements TypeFamily {

	private static final ValueEncoder OBJECTS = (out, value, depth) -> out.writeArray((Object[]) value, depth);

	private static final ValueEncoder BYTES = (out, value, depth) -> {
		byte[] bytes = (byte[]) value;
		long length = Base64Writer.encodedLength(bytes.length) + 2L;
		out.ensure((int) Math.min(length, Integer.MAX_VALUE));
		out.buf[out.pos++] = '"';
		out.pos = Base64Writer.writeBase64(out.buf, out.pos, bytes);
		out.buf[out.pos++] = '"';
	};

	private static final ValueEncoder INTS = (out, value, depth) -> {
		int[] array = (int[]) value;
		int level = open(out, array.length, depth);
		for (int i = 0; i < array.length; i++) {
			out.beginEntry(i == 0, level);
			out.writeInt(array[i]);
		}
		close(out, array.length, level);
	};

	private static final ValueEncoder LONGS = (out, value, depth) -> {
		long[] array = (long[]) value;
		int level = open(out, array.length, depth);
		for (int i = 0; i < array.length; i++) {
			out.beginEntry(i == 0, level);
			out.writeLong(array[i]);
		}
		close(out, array.length, level);
	};

	private static final ValueEncoder SHORTS = (out, value, depth) -> {
		short[] array = (short[]) value;
		int level = open(out, array.length, depth);
		for (int i = 0; i < array.length; i++) {
			out.beginEntry(i == 0, level);
			out.writeInt(array[i]);
		}
		close(out, array.length, level);
	};

	private static final ValueEncoder DOUBLES = (out, value, depth) -> {
		double[] array = (double[]) value;
		int level = open(out, array.length, depth);
		for (int i = 0; i < array.length; i++) {
			out.beginEntry(i == 0, level);
			out.writeDouble(array[i]);
		}
		close(out, array.length, level);
	};

	private static final ValueEncoder FLOATS = (out, value, depth) -> {
		float[] array = (float[]) value;
		int level = open(out, array.length, depth);
		for (int i = 0; i < array.length; i++) {
			out.beginEntry(i == 0, level);
			out.writeFloat(array[i]);
		}
		close(out, array.length, level);
	};

	private static final ValueEncoder BOOLEANS = (out, value, depth) -> {
		boolean[] array = (boolean[]) value;
		int level = open(out, array.length, depth);
		for (int i = 0; i < array.length; i++) {
			out.beginEntry(i == 0, level);
			out.writeBoolean(array[i]);
		}
		close(out, array.length, level);
	};

	/**
	 * A primitive array's encoder that boxes each element through {@code writeValue} when an adapter applies to
	 * the boxes (an adapter for {@code Long} covers {@code long[]}), and writes them directly otherwise.
	 */
	private static ValueEncoder primitives(ValueEncoder direct) {
		return (out, value, depth) -> {
			if (!out.adaptsScalars()) {
				direct.encode(out, value, depth);
				return;
			}
			int length = Array.getLength(value);
			int level = open(out, length, depth);
			for (int i = 0; i < length; i++) {
				out.beginEntry(i == 0, level);
				out.writeValue(Array.get(value, i), level);
			}
			close(out, length, level);
		};
	}

	// An empty array is [] and, like orjson's empty list, does not count towards the recursion limit.
	private static int open(Encoder out, int length, int depth) {
		if (length == 0) {
			out.writeEmpty('[', ']');
			return depth;
		}
		int level = out.enter(depth);
		out.openContainer('[');
		return level;
	}

	private static void close(Encoder out, int length, int level) {
		if (length != 0) {
			out.endContainer(']', level);
		}
	}

	@Override
	public ValueEncoder encoder(Class<?> type) {
		return type.isArray() ? arrayEncoder(type.getComponentType()) : null;
	}

	private static ValueEncoder arrayEncoder(Class<?> component) {
		if (!component.isPrimitive()) {
			return OBJECTS;
		}
		if (component == byte.class) {
			return BYTES;
		}
		if (component == int.class) {
			return primitives(INTS);
		}
		if (component == long.class) {
			return primitives(LONGS);
		}
		if (component == double.class) {
			return primitives(DOUBLES);
		}
		if (component == float.class) {
			return primitives(FLOATS);
		}
		if (component == boolean.class) {
			return primitives(BOOLEANS);
		}
		return primitives(SHORTS);
	}

	@Override
	public TypeDecoder decoder(Type type, Class<?> raw, Decoders decoders) {
		if (raw == byte[].class) {
			return TextDecoders.text(raw, (text) -> Base64.getDecoder().decode(text));
		}
		if (!raw.isArray()) {
			return null;
		}
		Type component = Types.component(type);
		return ContainerDecoders.array(Values.describe(type), Types.raw(component), decoders.decoderFor(component));
	}
}
