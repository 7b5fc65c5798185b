package io.jsoncore.internal.bind;

import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Currency;
import java.util.Date;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

/**
 * Types read from a JSON string by their own parser: the ones {@code dumps} writes as text (UUID, java.time in
 * ISO-8601 / RFC 3339 form, URI, Locale, Duration, ...) and {@code byte[]} from Base64. Text the parser
 * rejects is a binding error that quotes it.
 */
final class TextDecoders {

	private TextDecoders() {
	}

	/** The decoder for a text type, or {@code null} when {@code type} is not one. */
	static TypeDecoder forType(Class<?> type) {
		Function<String, Object> parse = parser(type);
		return parse != null ? text(Values.describe(type), parse) : null;
	}

	static TypeDecoder text(String expected, Function<String, Object> parse) {
		return (in) -> {
			if (in.current() != '"') {
				throw Values.mismatch(expected, in);
			}
			int start = in.position();
			String text = in.readString();
			try {
				return parse.apply(text);
			}
			catch (RuntimeException ex) {
				throw new BindException(expected, Values.quote(text), start);
			}
		};
	}

	/** The parse function of a text type, or {@code null}. Also used for map keys. */
	static Function<String, Object> parser(Class<?> type) {
		if (type == UUID.class) {
			return TextDecoders::uuid;
		}
		if (type == LocalDateTime.class) {
			return TextDecoders::localDateTime;
		}
		if (type == OffsetDateTime.class) {
			return (text) -> OffsetDateTime.parse(rfc3339(text));
		}
		if (type == ZonedDateTime.class) {
			return (text) -> ZonedDateTime.parse(rfc3339(text));
		}
		if (type == Instant.class) {
			return TextDecoders::instant;
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
		if (type == byte[].class) {
			return (text) -> Base64.getDecoder().decode(text);
		}
		if (type == URI.class) {
			return URI::create;
		}
		return valueParser(type);
	}

	private static Function<String, Object> valueParser(Class<?> type) {
		if (type == URL.class) {
			return (text) -> {
				try {
					return new URI(text).toURL();
				}
				catch (Exception ex) {
					throw new IllegalArgumentException(ex);
				}
			};
		}
		if (type == Locale.class) {
			return Locale::forLanguageTag;
		}
		if (type == Currency.class) {
			return Currency::getInstance;
		}
		if (type == ZoneOffset.class) {
			return ZoneOffset::of;
		}
		if (type == ZoneId.class) {
			return ZoneId::of;
		}
		if (type == Duration.class) {
			return Duration::parse;
		}
		if (type == Period.class) {
			return Period::parse;
		}
		if (type == Year.class) {
			return Year::parse;
		}
		if (type == YearMonth.class) {
			return YearMonth::parse;
		}
		if (type == MonthDay.class) {
			return MonthDay::parse;
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

	// UUID.fromString also takes short forms such as 1-1-1-1-1: only the canonical 36 characters are a UUID here.
	private static UUID uuid(String text) {
		if (text.length() != 36) {
			throw new IllegalArgumentException(text);
		}
		return UUID.fromString(text);
	}

	// RFC 3339: Z or any offset, as dumps writes an Instant (+00:00) and as most services send one (Z).
	private static Instant instant(String text) {
		return DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(rfc3339(text), Instant::from);
	}

	// RFC 3339 also allows a lower-case t and z, and (its note 5.6) a space between date and time; ISO-8601 as
	// java.time parses it does not.
	static String rfc3339(String text) {
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
