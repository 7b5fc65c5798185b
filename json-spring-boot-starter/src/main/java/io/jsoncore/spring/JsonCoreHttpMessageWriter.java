package io.jsoncore.spring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;

import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import org.springframework.core.ResolvableType;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.MediaType;
import org.springframework.http.ReactiveHttpOutputMessage;
import org.springframework.http.codec.EncoderHttpMessageWriter;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * WebFlux's writer of json-core's bodies, which streams a large single value as Spring MVC does.
 * <p>
 * A single value (a {@code Mono} or a plain return value) whose document ends within {@code bufferSize} bytes
 * goes out whole, with its {@code Content-Length}, as Spring's own writer sends it. A larger one is encoded again,
 * on a worker thread (Reactor's bounded elastic scheduler), and sent in chunks of about {@code bufferSize} bytes as
 * they are made: the worker waits while the client is slower than the encoder, so memory per response stays near a
 * few chunks, and a long document does not hold the event loop that other connections share. Encoding it again
 * costs at most the first two chunks; a fallback function or adapter sees the value twice. A {@code Flux} and the
 * streaming media types are written as Spring's writer writes them.
 */
public class JsonCoreHttpMessageWriter extends EncoderHttpMessageWriter<Object> {

	private final JsonCoreEncoder encoder;

	private final int bufferSize;

	private final Executor worker;

	public JsonCoreHttpMessageWriter(JsonCoreEncoder encoder, int bufferSize) {
		this(encoder, bufferSize, (task) -> Schedulers.boundedElastic().schedule(task));
	}

	JsonCoreHttpMessageWriter(JsonCoreEncoder encoder, int bufferSize, Executor worker) {
		super(encoder);
		if (bufferSize < 1) {
			throw new IllegalArgumentException("bufferSize must be at least 1 byte, was " + bufferSize);
		}
		this.encoder = encoder;
		this.bufferSize = bufferSize;
		this.worker = worker;
	}

	@Override
	public Mono<Void> write(Publisher<?> input, ResolvableType elementType, @Nullable MediaType mediaType,
			ReactiveHttpOutputMessage message, Map<String, Object> hints) {
		if (!(input instanceof Mono<?> single) || JsonMimeTypes.isNdjson(mediaType)) {
			return super.write(input, elementType, mediaType, message, hints);
		}
		setContentType(message, mediaType);
		return single.<Optional<Object>>map(Optional::of).defaultIfEmpty(Optional.empty()).flatMap((value) -> {
			if (value.isEmpty()) {
				message.getHeaders().setContentLength(0);
				return message.setComplete();
			}
			byte[] whole = this.encoder.encodeWithin(value.get(), this.bufferSize, hints);
			if (whole != null) {
				message.getHeaders().setContentLength(whole.length);
				return message.writeWith(Mono.just(message.bufferFactory().wrap(whole)));
			}
			return message.writeWith(inChunks(value.get(), message, hints));
		});
	}

	private Publisher<DataBuffer> inChunks(Object value, ReactiveHttpOutputMessage message,
			Map<String, Object> hints) {
		return DataBufferUtils.outputStreamPublisher((out) -> {
			try {
				this.encoder.encodeInChunks(value, out, this.bufferSize, hints);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}, message.bufferFactory(), this.worker, this.bufferSize);
	}

	// As Spring's writer: the handler's media type where it is concrete, else the encoder's first.
	private void setContentType(ReactiveHttpOutputMessage message, @Nullable MediaType mediaType) {
		if (message.getHeaders().getContentType() != null) {
			return;
		}
		if (mediaType != null && mediaType.isConcrete() && !mediaType.equals(MediaType.APPLICATION_OCTET_STREAM)) {
			message.getHeaders().setContentType(mediaType);
			return;
		}
		for (MediaType candidate : getWritableMediaTypes()) {
			if (candidate.isConcrete()) {
				message.getHeaders().setContentType(candidate);
				return;
			}
		}
	}
}
