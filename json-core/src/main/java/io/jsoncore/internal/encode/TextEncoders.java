package io.jsoncore.internal.encode;

import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.MonthDay;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;

/**
 * Types written as JSON strings: every {@code CharSequence}, {@code Character}, {@code char[]}, and the value
 * types whose Java API gives them a canonical text ({@code URI}, {@code Locale} as a BCP 47 tag, ISO-8601
 * {@code Duration}, ...).
 */
final class TextEncoders {

	static final ValueEncoder CHAR_SEQUENCE = (out, value, depth) -> out.writeString(value.toString());

	static final ValueEncoder CHARACTER = (out, value, depth) -> out.writeQuoted(new char[] { (Character) value }, 0, 1);

	static final ValueEncoder CHAR_ARRAY = (out, value, depth) -> {
		char[] chars = (char[]) value;
		out.writeQuoted(chars, 0, chars.length);
	};

	static final ValueEncoder VALUE_TEXT = (out, value, depth) -> out.writeString(text(value));

	private TextEncoders() {
	}

	static boolean isTextValue(Class<?> type) {
		return type == URI.class || type == URL.class || type == Locale.class || type == Currency.class
				|| ZoneId.class.isAssignableFrom(type) || type == Duration.class || type == Period.class
				|| type == Year.class || type == YearMonth.class || type == MonthDay.class;
	}

	/** The canonical text of a value type, or {@code null} when {@code value} is not one. */
	static String text(Object value) {
		if (value instanceof URL) {
			return ((URL) value).toExternalForm();
		}
		if (value instanceof Locale) {
			return ((Locale) value).toLanguageTag();
		}
		if (value instanceof Currency) {
			return ((Currency) value).getCurrencyCode();
		}
		if (value instanceof ZoneId) {
			return ((ZoneId) value).getId();
		}
		if (value != null && isTextValue(value.getClass())) {
			return value.toString();
		}
		return null;
	}
}
