package io.jsoncore.internal.types;

import java.lang.reflect.Type;
import java.util.UUID;
import java.util.function.Function;

import io.jsoncore.internal.bind.TypeDecoder;
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

	// The canonical form straight from the input's bytes; any other string through the text path, which reads it
	// and says what is wrong with it.
	@Override
	public TypeDecoder decoder(Type declared, Class<?> type, Decoders decoders) {
		TypeDecoder text = super.decoder(declared, type, decoders);
		if (text == null) {
			return null;
		}
		return (in) -> {
			UUID uuid = in.current() == '"' ? in.readUuid() : null;
			return uuid != null ? uuid : text.read(in);
		};
	}

	@Override
	public String keyText(Encoder out, Object key) {
		return key instanceof UUID ? key.toString() : null;
	}

	// UUID.fromString also takes other forms, such as 1-1-1-1-1, and 36 characters with the hyphens elsewhere, whose
	// groups it cuts to size, silently dropping digits: only the canonical 8-4-4-4-12 form is a UUID here.
	private static UUID uuid(String text) {
		if (text.length() != 36 || text.charAt(8) != '-' || text.charAt(13) != '-' || text.charAt(18) != '-'
				|| text.charAt(23) != '-') {
			throw new IllegalArgumentException(text);
		}
		return UUID.fromString(text);
	}
}
