package io.jsoncore.internal.encode;

import java.util.UUID;

import io.jsoncore.Fragment;
import io.jsoncore.internal.FragmentAccess;
import io.jsoncore.internal.write.UuidWriter;

/** {@code UUID}, {@code Fragment} and the last resort, the fallback function. */
final class SimpleEncoders {

	static final ValueEncoder UUID_TEXT = (out, value, depth) -> {
		UUID uuid = (UUID) value;
		out.ensure(UuidWriter.LENGTH + 2);
		out.buf[out.pos] = '"';
		out.pos = UuidWriter.writeUuid(out.buf, out.pos + 1, uuid.getMostSignificantBits(),
				uuid.getLeastSignificantBits());
		out.buf[out.pos++] = '"';
	};

	static final ValueEncoder FRAGMENT = (out, value, depth) -> {
		Fragment fragment = (Fragment) value;
		FragmentAccess.Reader reader = FragmentAccess.reader();
		byte[] bytes = reader.bytes(fragment);
		if (bytes != null) {
			out.writeBytes(bytes);
		}
		else {
			out.writeUtf8(reader.text(fragment));
		}
	};

	static final ValueEncoder FALLBACK = Encoder::writeFallback;

	private SimpleEncoders() {
	}
}
