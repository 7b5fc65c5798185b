package io.jsoncore.internal.types;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.function.Function;

import io.jsoncore.internal.Errors;
import io.jsoncore.internal.encode.Encoder;
import io.jsoncore.internal.encode.Options;
import io.jsoncore.internal.encode.ValueEncoder;
import io.jsoncore.internal.write.TimeWriter;

/**
 * java.time values and the legacy date classes, as orjson writes Python's datetime, date and time:
 * {@code LocalDateTime} is the naive datetime; {@code OffsetDateTime}, {@code ZonedDateTime}, {@code Instant},
 * {@code java.util.Date} and {@code java.sql.Timestamp} are aware ones (the last three in UTC);
 * {@code LocalDate} and {@code java.sql.Date} are dates; {@code LocalTime} and {@code java.sql.Time} are times.
 * Fractions of a second are cut to microseconds. The {@code java.sql} classes are recognised by name, so
 * json-core does not need the {@code java.sql} module. Read back from RFC 3339 and ISO-8601 text, map keys too.
 */
final class TimeFamily extends TextFamily {

	private static final int NAIVE = Integer.MIN_VALUE;

	private static final ValueEncoder ENCODER = (out, value, depth) -> {
		if (out.has(Options.PASSTHROUGH_DATETIME)) {
			out.writeFallback(value, depth);
		}
		else {
			write(out, value, true);
		}
	};

	@Override
	public ValueEncoder encoder(Class<?> type) {
		return isTimeType(type) ? ENCODER : null;
	}

	private static boolean isTimeType(Class<?> type) {
		return type == LocalDateTime.class || type == OffsetDateTime.class || type == ZonedDateTime.class
				|| type == Instant.class || type == LocalDate.class || type == LocalTime.class
				|| type == OffsetTime.class || type == Date.class || isSqlType(type);
	}

	private static boolean isSqlType(Class<?> type) {
		String name = type.getName();
		return name.equals("java.sql.Timestamp") || name.equals("java.sql.Date") || name.equals("java.sql.Time");
	}

	@Override
	public String keyText(Encoder out, Object key) {
		if (key == null || !isTimeType(key.getClass())) {
			return null;
		}
		int start = out.size();
		write(out, key, false);
		String text = new String(out.buf, start, out.pos - start, java.nio.charset.StandardCharsets.US_ASCII);
		out.pos = start;
		return text;
	}

	private static void write(Encoder out, Object value, boolean quoted) {
		if (value instanceof LocalDateTime) {
			LocalDateTime time = (LocalDateTime) value;
			writeDateTime(out, time.toLocalDate(), time.toLocalTime(), NAIVE, quoted);
		}
		else if (value instanceof OffsetDateTime) {
			OffsetDateTime time = (OffsetDateTime) value;
			writeDateTime(out, time.toLocalDate(), time.toLocalTime(), time.getOffset().getTotalSeconds(), quoted);
		}
		else if (value instanceof ZonedDateTime) {
			ZonedDateTime time = (ZonedDateTime) value;
			writeDateTime(out, time.toLocalDate(), time.toLocalTime(), time.getOffset().getTotalSeconds(), quoted);
		}
		else if (value instanceof Instant) {
			writeInstant(out, (Instant) value, quoted);
		}
		else if (value instanceof LocalDate) {
			writeDate(out, (LocalDate) value, quoted);
		}
		else if (value instanceof LocalTime) {
			writeTime(out, (LocalTime) value, quoted);
		}
		else if (value instanceof OffsetTime) {
			throw Errors.encode(Errors.TIME_WITH_TZINFO);
		}
		else {
			writeLegacy(out, (Date) value, quoted);
		}
	}

	private static void writeLegacy(Encoder out, Date date, boolean quoted) {
		switch (date.getClass().getName()) {
			case "java.sql.Date":
				writeDate(out, LocalDate.ofInstant(Instant.ofEpochMilli(date.getTime()), ZoneId.systemDefault()), quoted);
				break;
			case "java.sql.Time":
				writeTime(out, LocalTime.ofInstant(Instant.ofEpochMilli(date.getTime()), ZoneId.systemDefault()), quoted);
				break;
			default:
				// java.util.Date, and java.sql.Timestamp whose toInstant() keeps its nanoseconds
				writeInstant(out, date.toInstant(), quoted);
		}
	}

	private static void writeInstant(Encoder out, Instant instant, boolean quoted) {
		LocalDateTime utc = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), ZoneOffset.UTC);
		writeDateTime(out, utc.toLocalDate(), utc.toLocalTime(), 0, quoted);
	}

	private static void writeDateTime(Encoder out, LocalDate date, LocalTime time, int offsetSeconds, boolean quoted) {
		if (offsetSeconds == NAIVE && out.has(Options.NAIVE_UTC)) {
			offsetSeconds = 0;
		}
		writeParts(out, date, time, offsetSeconds, quoted);
	}

	private static void writeDate(Encoder out, LocalDate date, boolean quoted) {
		writeParts(out, date, null, NAIVE, quoted);
	}

	private static void writeTime(Encoder out, LocalTime time, boolean quoted) {
		writeParts(out, null, time, NAIVE, quoted);
	}

	// The date, the time, or both joined by 'T', then the offset unless NAIVE.
	private static void writeParts(Encoder out, LocalDate date, LocalTime time, int offsetSeconds, boolean quoted) {
		out.ensure(TimeWriter.MAX_LENGTH + 2);
		byte[] b = out.buf;
		int p = out.pos;
		if (quoted) {
			b[p++] = '"';
		}
		if (date != null) {
			p = TimeWriter.writeDate(b, p, date.getYear(), date.getMonthValue(), date.getDayOfMonth());
			if (time != null) {
				b[p++] = 'T';
			}
		}
		if (time != null) {
			p = TimeWriter.writeTime(b, p, time.getHour(), time.getMinute(), time.getSecond(), micros(out, time));
		}
		if (offsetSeconds != NAIVE) {
			p = TimeWriter.writeOffset(b, p, offsetSeconds, out.has(Options.UTC_Z));
		}
		if (quoted) {
			b[p++] = '"';
		}
		out.pos = p;
	}

	private static int micros(Encoder out, LocalTime time) {
		return out.has(Options.OMIT_MICROSECONDS) ? 0 : time.getNano() / 1000;
	}

	// ---- reading: RFC 3339 for the aware ones, ISO-8601 for the rest; the java.sql classes are not read

	@Override
	Function<String, Object> parser(Class<?> type) {
		if (type == LocalDateTime.class) {
			return TimeFamily::localDateTime;
		}
		if (type == OffsetDateTime.class) {
			return (text) -> OffsetDateTime.parse(rfc3339(text));
		}
		if (type == ZonedDateTime.class) {
			return (text) -> ZonedDateTime.parse(rfc3339(text));
		}
		if (type == Instant.class) {
			return TimeFamily::instant;
		}
		if (type == Date.class) {
			return (text) -> Date.from(instant(text));
		}
		if (type == LocalDate.class) {
			return LocalDate::parse;
		}
		if (type == LocalTime.class) {
			return LocalTime::parse;
		}
		if (type == OffsetTime.class) {
			return OffsetTime::parse;
		}
		return null;
	}

	// NAIVE_UTC and UTC_Z write a LocalDateTime with a zero offset (+00:00 or Z): read back what is written. Any
	// other offset is an error, as the time would change meaning.
	private static LocalDateTime localDateTime(String text) {
		String time = rfc3339(text);
		if (time.endsWith("Z")) {
			time = time.substring(0, time.length() - 1);
		}
		else if (time.endsWith("+00:00") || time.endsWith("-00:00")) {
			time = time.substring(0, time.length() - 6);
		}
		return LocalDateTime.parse(time);
	}

	// RFC 3339: Z or any offset, as dumps writes an Instant (+00:00) and as most services send one (Z).
	private static Instant instant(String text) {
		return DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(rfc3339(text), Instant::from);
	}

	// RFC 3339 also allows a lower-case t and z, and (its note 5.6) a space between date and time; ISO-8601 as
	// java.time parses it does not.
	private static String rfc3339(String text) {
		if (text.length() > 10) {
			char separator = text.charAt(10);
			if (separator == 't' || separator == ' ') {
				text = text.substring(0, 10) + 'T' + text.substring(11);
			}
			if (text.endsWith("z")) {
				text = text.substring(0, text.length() - 1) + 'Z';
			}
		}
		return text;
	}
}
