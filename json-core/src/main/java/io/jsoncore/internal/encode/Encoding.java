package io.jsoncore.internal.encode;

import java.io.IOException;
import java.io.OutputStream;
import java.util.function.Function;

import io.jsoncore.Inclusion;
import io.jsoncore.PropertyNaming;
import io.jsoncore.internal.Settings;

/** The entry point of {@code dumps}: borrows an encoder, writes the document, returns the encoder. */
public final class Encoding {

	private Encoding() {
	}

	/** {@code Json.dumps}: options and a fallback alone, with no settings object made per call. */
	public static byte[] dumps(Object value, int options, Function<Object, Object> fallback) {
		Encoder encoder = EncoderPool.acquire();
		try {
			encoder.configure(options, fallback, PropertyNaming.AS_WRITTEN, Inclusion.ALWAYS);
			encoder.writeDocument(value);
			return encoder.toByteArray();
		}
		finally {
			EncoderPool.release(encoder);
		}
	}

	public static byte[] dumps(Object value, Settings settings) {
		Encoder encoder = EncoderPool.acquire();
		try {
			encoder.configure(settings);
			encoder.writeDocument(value);
			return encoder.toByteArray();
		}
		finally {
			EncoderPool.release(encoder);
		}
	}

	/** Writes to {@code out} in chunks of about {@code chunkSize} bytes, as the document is encoded. */
	public static void dumps(Object value, Settings settings, OutputStream out, int chunkSize) throws IOException {
		Encoder encoder = EncoderPool.acquire();
		try {
			encoder.configure(settings);
			encoder.streamTo(out, chunkSize);
			encoder.writeDocument(value);
			encoder.writeTo(out);
		}
		catch (Encoder.SinkFailure ex) {
			throw ex.getCause();
		}
		finally {
			EncoderPool.release(encoder);
		}
	}
}
