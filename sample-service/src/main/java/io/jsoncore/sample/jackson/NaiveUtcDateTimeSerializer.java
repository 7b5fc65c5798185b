package io.jsoncore.sample.jackson;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes a {@link LocalDateTime} as json-core does under {@code naive-utc, omit-microseconds}:
 * {@code 2026-11-21T23:35:18+00:00}, seconds always present, no fraction.
 */
final class NaiveUtcDateTimeSerializer extends StdSerializer<LocalDateTime> {

	private static final DateTimeFormatter NAIVE_UTC = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'+00:00'");

	NaiveUtcDateTimeSerializer() {
		super(LocalDateTime.class);
	}

	@Override
	public void serialize(LocalDateTime value, JsonGenerator generator, SerializationContext context) {
		generator.writeString(NAIVE_UTC.format(value));
	}
}
