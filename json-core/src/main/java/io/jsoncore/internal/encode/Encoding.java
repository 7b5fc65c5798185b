package io.jsoncore.internal.encode;

import java.io.IOException;
import java.io.OutputStream;
import java.util.function.Function;

/** The entry point of {@code dumps}: borrows an encoder, writes the document, returns the encoder. */
public final class Encoding {

	private Encoding() {
	}

	public static byte[] dumps(Object value, int options, Function<Object, Object> fallback) {
		Encoder encoder = EncoderPool.acquire();
		try {
			encoder.configure(options, fallback);
			encoder.writeDocument(value);
			return encoder.toByteArray();
		}
		finally {
			EncoderPool.release(encoder);
		}
	}

	public static void dumps(Object value, int options, Function<Object, Object> fallback, OutputStream out)
			throws IOException {
		Encoder encoder = EncoderPool.acquire();
		try {
			encoder.configure(options, fallback);
			encoder.writeDocument(value);
			encoder.writeTo(out);
		}
		finally {
			EncoderPool.release(encoder);
		}
	}
}
