package io.jsoncore.internal.write;

/**
 * orjson's date and time text at a position of a {@code byte[]}: {@code YYYY-MM-DD}, {@code HH:MM:SS[.ffffff]}
 * and the {@code +HH:MM} / {@code Z} offset. Each method returns the new position; {@link #MAX_LENGTH} bytes
 * cover a whole datetime.
 */
public final class TimeWriter {

	/** {@code -999999999-12-31T23:59:59.999999+18:00}: 37 bytes, rounded up. */
	public static final int MAX_LENGTH = 40;

	private TimeWriter() {
	}

	/**
	 * Writes {@code YYYY-MM-DD}. Years 0 to 9999 take four digits, as orjson's; years Python cannot hold are
	 * written as {@link java.time.format.DateTimeFormatter#ISO_LOCAL_DATE} writes them ({@code +10000},
	 * {@code -0001}).
	 */
	public static int writeDate(byte[] buf, int pos, int year, int month, int day) {
		if (year >= 0 && year <= 9999) {
			int century = year / 100;
			pos = NumberWriter.writeTwoDigits(buf, pos, century);
			pos = NumberWriter.writeTwoDigits(buf, pos, year - century * 100);
		}
		else {
			pos = writeWideYear(buf, pos, year);
		}
		buf[pos] = '-';
		pos = NumberWriter.writeTwoDigits(buf, pos + 1, month);
		buf[pos] = '-';
		return NumberWriter.writeTwoDigits(buf, pos + 1, day);
	}

	private static int writeWideYear(byte[] buf, int pos, int year) {
		if (year > 9999) {
			buf[pos++] = '+';
			return NumberWriter.writeInt(buf, pos, year);
		}
		buf[pos++] = '-';
		int magnitude = -year;
		for (int digits = NumberWriter.digitCount(magnitude); digits < 4; digits++) {
			buf[pos++] = '0';
		}
		return NumberWriter.writeInt(buf, pos, magnitude);
	}

	/** Writes {@code HH:MM:SS}, then {@code .ffffff} when {@code micros} is not zero. */
	public static int writeTime(byte[] buf, int pos, int hour, int minute, int second, int micros) {
		pos = NumberWriter.writeTwoDigits(buf, pos, hour);
		buf[pos] = ':';
		pos = NumberWriter.writeTwoDigits(buf, pos + 1, minute);
		buf[pos] = ':';
		pos = NumberWriter.writeTwoDigits(buf, pos + 1, second);
		if (micros != 0) {
			buf[pos] = '.';
			pos = NumberWriter.writeSixDigits(buf, pos + 1, micros);
		}
		return pos;
	}

	/**
	 * Writes a UTC offset as orjson does: {@code +00:00} (or {@code Z} when {@code utcZ}) for zero, else a sign
	 * and {@code HH:MM} of the absolute offset with its seconds rounded to the nearest minute (30 seconds round
	 * up): +1189 s gives {@code +00:20}, -1189 s gives {@code -00:20}.
	 */
	public static int writeOffset(byte[] buf, int pos, int offsetSeconds, boolean utcZ) {
		if (offsetSeconds == 0) {
			if (utcZ) {
				buf[pos] = 'Z';
				return pos + 1;
			}
			buf[pos] = '+';
			buf[pos + 1] = '0';
			buf[pos + 2] = '0';
			buf[pos + 3] = ':';
			buf[pos + 4] = '0';
			buf[pos + 5] = '0';
			return pos + 6;
		}
		buf[pos++] = (byte) (offsetSeconds < 0 ? '-' : '+');
		int magnitude = Math.abs(offsetSeconds);
		int minutes = (magnitude + 30) / 60;
		pos = NumberWriter.writeTwoDigits(buf, pos, minutes / 60);
		buf[pos] = ':';
		return NumberWriter.writeTwoDigits(buf, pos + 1, minutes % 60);
	}
}
