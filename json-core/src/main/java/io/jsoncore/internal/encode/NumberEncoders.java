package io.jsoncore.internal.encode;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import io.jsoncore.internal.Errors;

/** The number types beyond {@code Integer}, {@code Long} and {@code Double}, which {@link Encoder} writes itself. */
final class NumberEncoders {

	static final ValueEncoder SMALL_INTEGER = (out, value, depth) -> out.writeInt(((Number) value).intValue());

	static final ValueEncoder FLOAT = (out, value, depth) -> out.writeFloat((Float) value);

	static final ValueEncoder ATOMIC_INTEGER = (out, value, depth) -> out.writeInt(((AtomicInteger) value).get());

	static final ValueEncoder ATOMIC_LONG = (out, value, depth) -> out.writeLong(((AtomicLong) value).get());

	static final ValueEncoder BIG_INTEGER = (out, value, depth) -> writeBigInteger(out, (BigInteger) value);

	static final ValueEncoder BIG_DECIMAL = (out, value, depth) -> out.writeAscii(bigDecimalText((BigDecimal) value));



	private NumberEncoders() {
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
	static String bigDecimalText(BigDecimal value) {
		return value.toString().replace('E', 'e');
	}
}
