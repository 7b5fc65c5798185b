package io.jsoncore.internal.types;

import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.MonthDay;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.Locale;
import java.util.function.Function;

import io.jsoncore.internal.encode.Encoder;
import io.jsoncore.internal.encode.ValueEncoder;

/**
 * The value types whose Java API gives them a canonical text, written and read as it: {@code URI}, {@code URL},
 * {@code Locale} (a BCP 47 tag), {@code Currency}, {@code ZoneId} and {@code ZoneOffset}, and the ISO-8601
 * {@code Duration}, {@code Period}, {@code Year}, {@code YearMonth} and {@code MonthDay}.
 */
final class TextValueFamily extends TextFamily {

	private static final ValueEncoder ENCODER = (out, value, depth) -> out.writeString(text(value));

	@Override
	public ValueEncoder encoder(Class<?> type) {
		return isTextValue(type) ? ENCODER : null;
	}

	@Override
	public String keyText(Encoder out, Object key) {
		return key != null && isTextValue(key.getClass()) ? text(key) : null;
	}

	private static boolean isTextValue(Class<?> type) {
		return type == URI.class || type == URL.class || type == Locale.class || type == Currency.class
				|| ZoneId.class.isAssignableFrom(type) || type == Duration.class || type == Period.class
				|| type == Year.class || type == YearMonth.class || type == MonthDay.class;
	}

	private static String text(Object value) {
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
		return value.toString();
	}

	@Override
	Function<String, Object> parser(Class<?> type) {
		if (type == URI.class) {
			return URI::create;
		}
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
}
