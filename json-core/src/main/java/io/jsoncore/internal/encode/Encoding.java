package io.jsoncore.internal.encode;

import java.io.IOException;
import java.io.OutputStream;
import java.util.function.Function;

import io.jsoncore.Inclusion;
import io.jsoncore.PropertyNaming;

/** The entry point of {@code dumps}: borrows an encoder, writes the document, returns the encoder. */
public final class Encoding {

	private Encoding() {
	}

	public static byte[] dumps(Object value, int options, Function<Object, Object> fallback) {
		return dumps(value, options, fallback, PropertyNaming.AS_WRITTEN, Inclusion.ALWAYS);
	}

	public static byte[] dumps(Object value, int options, Function<Object, Object> fallback, PropertyNaming naming,
			Inclusion inclusion) {
		Encoder encoder = EncoderPool.acquire();
		try {
			encoder.configure(options, fallback, naming, inclusion);
			encoder.writeDocument(value);
			return encoder.toByteArray();
		}
		finally {
			EncoderPool.release(encoder);
		}
	}

	public static void dumps(Object value, int options, Function<Object, Object> fallback, PropertyNaming naming,
			Inclusion inclusion, OutputStream out) throws IOException {
		// a chunk that is never reached: the whole document is encoded before the one write
		dumps(value, options, fallback, naming, inclusion, out, Integer.MAX_VALUE);
	}

	/** Writes to {@code out} in chunks of about {@code chunkSize} bytes, as the document is encoded. */
	public static void dumps(Object value, int options, Function<Object, Object> fallback, PropertyNaming naming,
			Inclusion inclusion, OutputStream out, int chunkSize) throws IOException {
		Encoder encoder = EncoderPool.acquire();
		try {
			encoder.configure(options, fallback, naming, inclusion);
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
