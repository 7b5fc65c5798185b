package io.jsoncore.internal.types;

import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongFunction;

import io.jsoncore.internal.Errors;
import io.jsoncore.internal.bind.BindException;
import io.jsoncore.internal.bind.TypeDecoder;
import io.jsoncore.internal.bind.Values;
import io.jsoncore.internal.decode.JsonParser;
import io.jsoncore.internal.encode.Encoder;
import io.jsoncore.internal.encode.Options;
import io.jsoncore.internal.encode.ValueEncoder;
import io.jsoncore.internal.write.DoubleWriter;

/**
 * Numbers: the integer types (range-checked when read: {@code 300} into a {@code byte} and {@code 1.5} into an
 * {@code int} are errors), {@code double} and {@code float} (a number beyond the type's range is an error rather
 * than infinity), {@code BigInteger} (every digit), {@code BigDecimal} (exactly as written, never through a
 * {@code double}), {@code Number}, and the atomics. {@code Integer}, {@code Long} and {@code Double} values are
 * written by the encoder itself before any lookup; this family writes them where a class is looked up.
 */
public final class NumberFamily implements TypeFamily {

	private static final BigInteger MIN_KEY = BigInteger.valueOf(Long.MIN_VALUE);

	private static final BigInteger MAX_KEY = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

	private static final ValueEncoder LONG = (out, value, depth) -> out.writeLong((Long) value);

	private static final ValueEncoder DOUBLE = (out, value, depth) -> out.writeDouble((Double) value);

	private static final ValueEncoder SMALL_INTEGER = (out, value, depth) -> out.writeInt(((Number) value).intValue());

	private static final ValueEncoder FLOAT = (out, value, depth) -> out.writeFloat((Float) value);

	private static final ValueEncoder ATOMIC_INTEGER = (out, value, depth) -> out.writeInt(((AtomicInteger) value).get());

	private static final ValueEncoder ATOMIC_LONG = (out, value, depth) -> out.writeLong(((AtomicLong) value).get());

	private static final ValueEncoder BIG_INTEGER_TEXT = (out, value, depth) -> writeBigInteger(out, (BigInteger) value);

	private static final ValueEncoder BIG_DECIMAL_TEXT = (out, value, depth) -> out.writeAscii(bigDecimalText((BigDecimal) value));

	@Override
	public ValueEncoder encoder(Class<?> type) {
		if (type == Integer.class || type == Short.class || type == Byte.class) {
			return SMALL_INTEGER;
		}
		if (type == Long.class) {
			return LONG;
		}
		if (type == Double.class) {
			return DOUBLE;
		}
		if (type == Float.class) {
			return FLOAT;
		}
		if (BigInteger.class.isAssignableFrom(type)) {
			return BIG_INTEGER_TEXT;
		}
		if (BigDecimal.class.isAssignableFrom(type)) {
			return BIG_DECIMAL_TEXT;
		}
		if (type == AtomicInteger.class) {
			return ATOMIC_INTEGER;
		}
		if (type == AtomicLong.class) {
			return ATOMIC_LONG;
		}
		return null;
	}

	@Override
	public TypeDecoder decoder(Type declared, Class<?> type, Decoders decoders) {
		Class<?> primitive = type.isPrimitive() ? type : unboxed(type);
		// the boxes read as their primitives do, and take null (handled around the decoder)
		if (primitive == int.class) {
			return integer(primitive.getName(), Integer.MIN_VALUE, Integer.MAX_VALUE, (v) -> (int) v);
		}
		if (primitive == long.class) {
			return integer(primitive.getName(), Long.MIN_VALUE, Long.MAX_VALUE, (v) -> v);
		}
		if (primitive == short.class) {
			return integer(primitive.getName(), Short.MIN_VALUE, Short.MAX_VALUE, (v) -> (short) v);
		}
		if (primitive == byte.class) {
			return integer(primitive.getName(), Byte.MIN_VALUE, Byte.MAX_VALUE, (v) -> (byte) v);
		}
		if (primitive == double.class) {
			return floating(primitive.getName(), false);
		}
		if (primitive == float.class) {
			return floating(primitive.getName(), true);
		}
		if (type == BigInteger.class) {
			return BIG_INTEGER;
		}
		if (type == BigDecimal.class) {
			return BIG_DECIMAL;
		}
		return type == Number.class ? NUMBER : null;
	}

	// The primitive of a numeric box, or null.
	private static Class<?> unboxed(Class<?> type) {
		if (type == Integer.class) {
			return int.class;
		}
		if (type == Long.class) {
			return long.class;
		}
		if (type == Short.class) {
			return short.class;
		}
		if (type == Byte.class) {
			return byte.class;
		}
		if (type == Double.class) {
			return double.class;
		}
		return type == Float.class ? float.class : null;
	}

	@Override
	public String keyText(Encoder out, Object key) {
		if (key instanceof Integer || key instanceof Long || key instanceof Short || key instanceof Byte
				|| key instanceof AtomicInteger || key instanceof AtomicLong) {
			return Long.toString(((Number) key).longValue());
		}
		if (key instanceof BigInteger) {
			BigInteger integer = (BigInteger) key;
			if (integer.compareTo(MIN_KEY) < 0 || integer.compareTo(MAX_KEY) > 0) {
				throw Errors.encode(Errors.KEY_INTEGER_RANGE);
			}
			return integer.toString();
		}
		if (key instanceof Double || key instanceof Float) {
			byte[] text = new byte[DoubleWriter.MAX_LENGTH];
			int length = key instanceof Double ? DoubleWriter.writeDouble(text, 0, (Double) key)
					: DoubleWriter.writeFloat(text, 0, (Float) key);
			return new String(text, 0, length, java.nio.charset.StandardCharsets.US_ASCII);
		}
		if (key instanceof BigDecimal) {
			return bigDecimalText((BigDecimal) key);
		}
		return null;
	}

	@Override
	public Function<String, Object> keyParser(Class<?> type) {
		if (type == Integer.class) {
			return Integer::valueOf;
		}
		if (type == Long.class) {
			return Long::valueOf;
		}
		if (type == Short.class) {
			return Short::valueOf;
		}
		if (type == Byte.class) {
			return Byte::valueOf;
		}
		if (type == BigInteger.class) {
			return BigInteger::new;
		}
		if (type == BigDecimal.class) {
			return BigDecimal::new;
		}
		return type == Double.class ? Double::valueOf : null;
	}

	/**
	 * All digits, unlike orjson's 64-bit limit: Java users expect a {@code BigInteger} kept whole. STRICT_INTEGER
	 * still enforces the 53-bit range, reporting orjson's 64-bit message past 64 bits as orjson does.
	 */
	private static void writeBigInteger(Encoder out, BigInteger value) {
		if (value.bitLength() < 64) {
			out.writeLong(value.longValue());
			return;
		}
		if (out.has(Options.STRICT_INTEGER)) {
			boolean within64Bits = value.signum() > 0 ? value.bitLength() <= 64 : value.bitLength() <= 63;
			throw Errors.encode(within64Bits ? Errors.INTEGER_53_BIT : Errors.INTEGER_64_BIT);
		}
		out.writeAscii(value.toString());
	}

	/**
	 * {@code toString()} with a lower-case exponent marker ({@code 1.50}, {@code 1e+3}): never expanded to plain
	 * digits, so {@code 1e+1000000} stays short.
	 */
	private static String bigDecimalText(BigDecimal value) {
		return value.toString().replace('E', 'e');
	}

	/** An integer type with the range {@code [min, max]}, converted by {@code box}. */
	public static TypeDecoder integer(String expected, long min, long max, LongFunction<Object> box) {
		return (in) -> {
			int start = in.position();
			// most integers are short: read without the Long that readNumber boxes them in
			long value = in.readSmallInteger();
			boolean integer = value != JsonParser.NOT_SMALL_INTEGER;
			if (!integer) {
				Object number = readNumber(expected, in);
				integer = number instanceof Long;
				value = integer ? (Long) number : 0;
			}
			if (integer && value >= min && value <= max) {
				return box.apply(value);
			}
			throw new BindException(expected, in.textFrom(start), start);
		};
	}

	/**
	 * A {@code double} or a {@code float}. A number beyond the type's range is an error, as {@code 300} is for a
	 * {@code byte}: it would otherwise be read as infinity, which {@code dumps} writes as {@code null}.
	 */
	public static TypeDecoder floating(String expected, boolean single) {
		return (in) -> {
			int start = in.position();
			Object number = readNumber(expected, in);
			double value = ((Number) number).doubleValue();
			if (single) {
				float narrowed = (float) value;
				if (Float.isInfinite(narrowed)) {
					throw new BindException(expected, in.textFrom(start), start);
				}
				return narrowed;
			}
			if (Double.isInfinite(value)) {
				throw new BindException(expected, in.textFrom(start), start);
			}
			return value;
		};
	}

	private static final TypeDecoder BIG_INTEGER = (in) -> {
		int start = in.position();
		Object number = readNumber("BigInteger", in);
		if (number instanceof Long) {
			return BigInteger.valueOf((Long) number);
		}
		if (number instanceof BigInteger) {
			return number;
		}
		throw new BindException("BigInteger", in.textFrom(start), start);
	};

	/** A {@code BigDecimal}'s scale is an {@code int}: an exponent beyond it ({@code 1e3000000000}) is an error. */
	private static final TypeDecoder BIG_DECIMAL = (in) -> {
		int start = in.position();
		byte b = in.current();
		if (b != '-' && (b < '0' || b > '9')) {
			throw Values.mismatch("BigDecimal", in);
		}
		// exactly as written, never through a double: 1e400 and 0.1 stay what they say
		in.skipNumber();
		String text = in.textFrom(start);
		try {
			return new BigDecimal(text);
		}
		catch (NumberFormatException ex) {
			throw new BindException("BigDecimal", text, start);
		}
	};

	private static final TypeDecoder NUMBER = (in) -> readNumber("Number", in);

	private static Object readNumber(String expected, JsonParser in) {
		byte b = in.current();
		if (b != '-' && (b < '0' || b > '9')) {
			throw Values.mismatch(expected, in);
		}
		return in.readNumber();
	}
}
