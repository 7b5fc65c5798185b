package io.jsoncore.internal.types;

import java.util.UUID;
import java.util.function.Function;

import io.jsoncore.internal.encode.Encoder;
import io.jsoncore.internal.encode.ValueEncoder;
import io.jsoncore.internal.write.UuidWriter;

/** {@code UUID}: its canonical 36 characters, both ways and as a map key. */
final class UuidFamily extends TextFamily {

	private static final ValueEncoder ENCODER = (out, value, depth) -> {
		UUID uuid = (UUID) value;
		out.ensure(UuidWriter.LENGTH + 2);
		out.buf[out.pos] = '"';
		out.pos = UuidWriter.writeUuid(out.buf, out.pos + 1, uuid.getMostSignificantBits(),
				uuid.getLeastSignificantBits());
		out.buf[out.pos++] = '"';
	};

	@Override
	public ValueEncoder encoder(Class<?> type) {
		return type == UUID.class ? ENCODER : null;
	}

	@Override
	Function<String, Object> parser(Class<?> type) {
		return type == UUID.class ? UuidFamily::uuid : null;
	}

	@Override
	public String keyText(Encoder out, Object key) {
		return key instanceof UUID ? key.toString() : null;
	}

	// UUID.fromString also takes short forms such as 1-1-1-1-1: only the canonical 36 characters are a UUID here.
	private static UUID uuid(String text) {
		if (text.length() != 36) {
			throw new IllegalArgumentException(text);
		}
		return UUID.fromString(text);
	}
}
