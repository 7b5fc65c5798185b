package io.jsoncore.spring;

import java.util.Arrays;

import org.reactivestreams.Publisher;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reads a WebFlux request body into byte arrays, releasing each buffer as soon as its bytes are copied, so that no
 * buffer ever waits inside a Reactor operator.
 * <p>
 * Why not {@code DataBufferUtils.join}: it keeps the buffers in a {@code collect} and releases them through the
 * subscriber context's discard hook. A {@code Flux<T>} request body is subscribed inside the writing of the
 * response, whose context already holds Spring's own discard hook for data buffers; the two hooks are chained, so
 * the buffer that crosses the limit was released twice and Reactor Netty logged an
 * {@code IllegalReferenceCountException} for every body refused with a 413.
 */
final class BodyBytes {

	private byte[] bytes = new byte[256];

	private int size;

	private final int limit;

	private BodyBytes(int limit) {
		this.limit = effectiveLimit(limit);
	}

	/** Spring's {@code -1}, no limit, as the largest array there can be. */
	static int effectiveLimit(int limit) {
		return (limit < 0) ? Integer.MAX_VALUE - 8 : limit;
	}

	/**
	 * The whole body, at most {@code limit} bytes ({@link DataBufferLimitException} beyond; {@code -1} for no limit),
	 * or empty if there is none.
	 */
	static Mono<byte[]> read(Publisher<DataBuffer> input, int limit) {
		return Mono.defer(() -> {
			BodyBytes body = new BodyBytes(limit);
			return Flux.from(input).<Void>handle((buffer, sink) -> {
				if (!body.append(buffer)) {
					sink.error(new DataBufferLimitException("Exceeded limit on max bytes to buffer : " + limit));
				}
			}).then(Mono.fromSupplier(body::toArrayOrNull));
		});
	}

	/** Each buffer's bytes as it arrives, the buffer released. */
	static Flux<byte[]> chunks(Publisher<DataBuffer> input) {
		return Flux.from(input).map(BodyBytes::copy);
	}

	/** The buffer's readable bytes; the buffer is released whatever happens. */
	static byte[] copy(DataBuffer buffer) {
		try {
			byte[] bytes = new byte[buffer.readableByteCount()];
			buffer.read(bytes);
			return bytes;
		}
		finally {
			DataBufferUtils.release(buffer);
		}
	}

	/** Copies and releases the buffer; false, with nothing kept, where the body would pass the limit. */
	private boolean append(DataBuffer buffer) {
		try {
			int length = buffer.readableByteCount();
			if (length > this.limit - this.size) {
				this.bytes = null;
				return false;
			}
			if (this.size + length > this.bytes.length) {
				int grown = (int) Math.min(this.limit, Math.max(this.size + (long) length, 2L * this.bytes.length));
				this.bytes = Arrays.copyOf(this.bytes, grown);
			}
			buffer.read(this.bytes, this.size, length);
			this.size += length;
			return true;
		}
		finally {
			DataBufferUtils.release(buffer);
		}
	}

	private byte[] toArrayOrNull() {
		return (this.size == 0) ? null : Arrays.copyOf(this.bytes, this.size);
	}
}
