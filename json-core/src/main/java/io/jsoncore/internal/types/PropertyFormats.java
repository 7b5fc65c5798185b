package io.jsoncore.internal.types;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQuery;
import java.util.function.Function;

import io.jsoncore.internal.Adapters;
import io.jsoncore.internal.bind.Binding;
import io.jsoncore.internal.bind.TextDecoders;
import io.jsoncore.internal.bind.TypeDecoder;
import io.jsoncore.internal.encode.ValueEncoder;
import io.jsoncore.internal.reflect.JacksonAnnotations;

/**
 * A property's own {@code @JsonFormat}, which comes before an adapter and before its type's family: a date-time
 * {@code pattern} on {@code LocalDate}, {@code LocalDateTime}, {@code LocalTime}, {@code OffsetDateTime} and
 * {@code ZonedDateTime}, written and read with {@code DateTimeFormatter.ofPattern}; {@code shape = STRING} on a
 * number (those that are map keys: the integers, {@code double}, {@code BigInteger}, {@code BigDecimal}), written as
 * the number's text in a string and read from such a string or from a number.
 */
public final class PropertyFormats {

	private PropertyFormats() {
	}

	/**
	 * How a value of the property is written, or {@code null} where its format asks nothing of its type.
	 * @throws IllegalArgumentException for a pattern {@code DateTimeFormatter} rejects, on first use
	 */
	public static ValueEncoder encoder(Class<?> type, JacksonAnnotations.Format format) {
		if (format == null) {
			return null;
		}
		if (format.pattern() != null && query(type) != null) {
			DateTimeFormatter formatter = DateTimeFormatter.ofPattern(format.pattern());
			return (out, value, depth) -> out.writeString(formatter.format((TemporalAccessor) value));
		}
		if ("STRING".equals(format.shape()) && isNumber(type)) {
			return (out, value, depth) -> out.writeString(value instanceof BigDecimal
					? ((BigDecimal) value).toPlainString() : value.toString());
		}
		return null;
	}

	/** How a value of the property is read, or {@code null} where its format asks nothing of its type. */
	public static TypeDecoder decoder(Class<?> type, JacksonAnnotations.Format format, TypeDecoder plain) {
		if (format == null) {
			return null;
		}
		TemporalQuery<Object> query = query(type);
		if (format.pattern() != null && query != null) {
			DateTimeFormatter formatter = DateTimeFormatter.ofPattern(format.pattern());
			return Binding.nullable(TextDecoders.text(type, (text) -> formatter.parse(text, query)));
		}
		if ("STRING".equals(format.shape()) && isNumber(type)) {
			TypeDecoder fromText = TextDecoders.text(type, parser(type));
			// a number written as a number still reads, as in Jackson
			return (in) -> in.current() == '"' ? fromText.read(in) : plain.read(in);
		}
		return null;
	}

	private static TemporalQuery<Object> query(Class<?> type) {
		if (type == LocalDate.class) {
			return LocalDate::from;
		}
		if (type == LocalDateTime.class) {
			return LocalDateTime::from;
		}
		if (type == LocalTime.class) {
			return LocalTime::from;
		}
		if (type == OffsetDateTime.class) {
			return OffsetDateTime::from;
		}
		return type == ZonedDateTime.class ? ZonedDateTime::from : null;
	}

	private static boolean isNumber(Class<?> type) {
		return parser(type) != null;
	}

	// a number's own parser, as its family reads it from a map key
	private static Function<String, Object> parser(Class<?> type) {
		Class<?> boxed = Adapters.box(type);
		return Number.class.isAssignableFrom(boxed) ? TypeFamilies.keyParser(boxed) : null;
	}
}
