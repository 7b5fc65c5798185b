package io.jsoncore.internal.write;

/**
 * Decimal integers written at a position of a {@code byte[]}; each method returns the new position. Callers
 * reserve room first: {@link #MAX_LONG_LENGTH} bytes covers any {@code long}.
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

	private NumberWriter() {
	}

	public static int writeInt(byte[] buf, int pos, int value) {
		if (value < 0) {
			buf[pos++] = '-';
			if (value == Integer.MIN_VALUE) {
				// 2147483648 has no positive int
				writePositiveLong(buf, pos + 10, 2147483648L);
				return pos + 10;
			}
			value = -value;
		}
		int end = pos + digitCount(value);
		writePositive(buf, end, value);
		return end;
	}

	public static int writeLong(byte[] buf, int pos, long value) {
		if (value == (int) value) {
			return writeInt(buf, pos, (int) value);
		}
		if (value < 0) {
			buf[pos++] = '-';
			if (value == Long.MIN_VALUE) {
				// 9223372036854775808 has no positive long: write its last digit apart.
				int end = pos + 19;
				buf[end - 1] = '8';
				writePositiveLong(buf, end - 1, 922337203685477580L);
				return end;
			}
			value = -value;
		}
		int end = pos + digitCount(value);
		writePositiveLong(buf, end, value);
		return end;
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

	// Writes the digits of a non-negative long backwards so that the last one lands before end.
	private static void writePositiveLong(byte[] buf, int end, long value) {
		while (value > Integer.MAX_VALUE) {
			long quotient = value / 100;
			int pair = (int) (value - quotient * 100);
			end -= 2;
			writeTwoDigits(buf, end, pair);
			value = quotient;
		}
		writePositive(buf, end, (int) value);
	}

	private static void writePositive(byte[] buf, int end, int value) {
		while (value >= 100) {
			int quotient = value / 100;
			int pair = value - quotient * 100;
			end -= 2;
			writeTwoDigits(buf, end, pair);
			value = quotient;
		}
		if (value >= 10) {
			writeTwoDigits(buf, end - 2, value);
		}
		else {
			buf[end - 1] = (byte) ('0' + value);
		}
	}

	// Compares instead of dividing (a 64-bit division is tens of cycles); citm_catalog is mostly 9-digit integers.
	static int digitCount(int value) {
		if (value < 100_000) {
			return value < 100 ? (value < 10 ? 1 : 2) : value < 1_000 ? 3 : value < 10_000 ? 4 : 5;
		}
		return value < 10_000_000 ? (value < 1_000_000 ? 6 : 7)
				: value < 100_000_000 ? 8 : value < 1_000_000_000 ? 9 : 10;
	}

	static int digitCount(long value) {
		if (value <= Integer.MAX_VALUE) {
			return digitCount((int) value);
		}
		int count = 10;
		for (long bound = 10_000_000_000L; count < 19 && value >= bound; bound *= 10) {
			count++;
		}
		return count;
	}
}
