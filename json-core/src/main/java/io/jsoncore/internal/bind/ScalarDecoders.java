package io.jsoncore.internal.bind;

import java.math.BigDecimal;
import java.math.BigInteger;

import io.jsoncore.internal.decode.JsonParser;

/**
 * Strings, booleans, characters and numbers. Integers are range-checked ({@code 300} into a {@code byte} is an
 * error) and never take a fraction ({@code 1.5} into an {@code int} is an error); {@code BigDecimal} is built
 * from the number's own digits, with no detour through {@code double}.
 */
final class ScalarDecoders {

	static final TypeDecoder STRING = (in) -> {
		if (in.current() != '"') {
			throw Values.mismatch("String", in);
		}
		return in.readString();
	};

	static final TypeDecoder OBJECT = JsonParser::readValue;

	private ScalarDecoders() {
	}

	static TypeDecoder bool(String expected) {
		return (in) -> {
			byte b = in.current();
			if (b != 't' && b != 'f') {
				throw Values.mismatch(expected, in);
			}
			return in.readBoolean();
		};
	}

	static TypeDecoder character(String expected) {
		return (in) -> {
			if (in.current() != '"') {
				throw Values.mismatch(expected, in);
			}
			int start = in.position();
			String text = in.readString();
			if (text.length() != 1) {
				throw new BindException(expected, Values.quote(text), start);
			}
			return text.charAt(0);
		};
	}

	/** An integer type with the range {@code [min, max]}, converted by {@code box}. */
	static TypeDecoder integer(String expected, long min, long max, java.util.function.LongFunction<Object> box) {
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
	static TypeDecoder floating(String expected, boolean single) {
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

	static final TypeDecoder BIG_INTEGER = (in) -> {
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
	static final TypeDecoder BIG_DECIMAL = (in) -> {
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

	static final TypeDecoder NUMBER = (in) -> readNumber("Number", in);

	private static Object readNumber(String expected, JsonParser in) {
		byte b = in.current();
		if (b != '-' && (b < '0' || b > '9')) {
			throw Values.mismatch(expected, in);
		}
		return in.readNumber();
	}
}
