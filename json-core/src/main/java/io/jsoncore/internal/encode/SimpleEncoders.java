package io.jsoncore.internal.encode;


import io.jsoncore.Fragment;
import io.jsoncore.internal.FragmentAccess;

/** {@code Fragment}, and the last resort, the fallback function. */
final class SimpleEncoders {

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
