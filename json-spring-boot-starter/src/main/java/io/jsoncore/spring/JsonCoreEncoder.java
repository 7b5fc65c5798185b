package io.jsoncore.spring;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.jsoncore.JsonCodec;
import io.jsoncore.JsonEncodeException;
import io.jsoncore.JsonOption;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import org.springframework.core.ResolvableType;
import org.springframework.core.codec.EncodingException;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.codec.HttpMessageEncoder;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.util.MimeType;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The WebFlux side of the starter: writes {@code application/json} and {@code application/*+json} bodies with a
 * {@link JsonCodec}, a {@code Flux} as one JSON array sent element by element, and {@code application/x-ndjson}
 * as one document per line, flushed per element. The handler's {@code @JsonView} picks the codec of that view.
 * Declines {@code String}, as Jackson's encoder does, so text is
 * written as it is.
 */
public class JsonCoreEncoder implements HttpMessageEncoder<Object> {

	private static final List<MimeType> PROBLEM_DETAIL_MIME_TYPES = List.of(MediaType.APPLICATION_PROBLEM_JSON);

	private static final List<MediaType> STREAMING_MEDIA_TYPES = List.of(MediaType.APPLICATION_NDJSON);

	private static final byte[] OPEN = { '[' };

	private static final byte[] EMPTY = { '[', ']' };

	private static final byte[] CLOSE = { ']' };

	private final JsonViews views;

	private final boolean writesEndpointBodies;

	private final boolean appendsNewline;

	public JsonCoreEncoder(JsonCodec codec) {
		this(codec, true);
	}

	// writesEndpointBodies false: actuator responses are left to Jackson's encoder, behind this one.
	JsonCoreEncoder(JsonCodec codec, boolean writesEndpointBodies) {
		this.views = new JsonViews(codec);
		this.writesEndpointBodies = writesEndpointBodies;
		this.appendsNewline = codec.options().contains(JsonOption.APPEND_NEWLINE);
	}

	@Override
	public List<MimeType> getEncodableMimeTypes() {
		return JsonMimeTypes.ALL;
	}

	// RFC 9457: a ProblemDetail goes out as application/problem+json, as with Jackson.
	@Override
	public List<MimeType> getEncodableMimeTypes(ResolvableType elementType) {
		return ProblemDetail.class.isAssignableFrom(elementType.toClass()) ? PROBLEM_DETAIL_MIME_TYPES : JsonMimeTypes.ALL;
	}

	@Override
	public List<MediaType> getStreamingMediaTypes() {
		return STREAMING_MEDIA_TYPES;
	}

	@Override
	public boolean canEncode(ResolvableType elementType, @Nullable MimeType mimeType) {
		if (!JsonMimeTypes.supports(mimeType)) {
			return false;
		}
		Class<?> type = elementType.toClass();
		if (String.class.isAssignableFrom(type) || ServerSentEvent.class.isAssignableFrom(type)) {
			return false;
		}
		return this.writesEndpointBodies || !EndpointBodies.isEndpointBody(type);
	}

	// The handler method's @JsonView, read from the return type as Jackson's encoder reads it.
	@Override
	public Map<String, Object> getEncodeHints(ResolvableType actualType, ResolvableType elementType,
			@Nullable MediaType mediaType, ServerHttpRequest request, ServerHttpResponse response) {
		return JsonViews.hints(actualType);
	}

	@Override
	public Flux<DataBuffer> encode(Publisher<?> input, DataBufferFactory bufferFactory, ResolvableType elementType,
			@Nullable MimeType mimeType, @Nullable Map<String, Object> hints) {
		if (input instanceof Mono<?> mono) {
			return mono.map((value) -> encodeValue(value, bufferFactory, elementType, mimeType, hints)).flux();
		}
		JsonCodec codec = this.views.codec(hints);
		if (JsonMimeTypes.isNdjson(mimeType)) {
			return Flux.from(input).map((value) -> line(codec, value, bufferFactory));
		}
		// One JSON array: '[' before the first element, ',' before the others, ']' (or "[]") at the end.
		return Flux.defer(() -> {
			boolean[] started = new boolean[1];
			Flux<DataBuffer> elements = Flux.from(input).map((value) -> {
				byte[] json = dumps(codec, value);
				DataBuffer buffer = bufferFactory.allocateBuffer(json.length + 1);
				buffer.write(started[0] ? (byte) ',' : OPEN[0]);
				started[0] = true;
				return buffer.write(json);
			});
			return elements.concatWith(Mono.fromSupplier(() -> bufferFactory.wrap(started[0] ? CLOSE : EMPTY)));
		});
	}

	private DataBuffer line(JsonCodec codec, Object value, DataBufferFactory bufferFactory) {
		byte[] json = dumps(codec, value);
		if (this.appendsNewline) {
			return bufferFactory.wrap(json);
		}
		DataBuffer buffer = bufferFactory.allocateBuffer(json.length + 1);
		return buffer.write(json).write((byte) '\n');
	}

	@Override
	public DataBuffer encodeValue(Object value, DataBufferFactory bufferFactory, ResolvableType valueType,
			@Nullable MimeType mimeType, @Nullable Map<String, Object> hints) {
		return bufferFactory.wrap(dumps(this.views.codec(hints), value));
	}

	/**
	 * The value's document if it ends within the first chunk of {@code chunkSize} bytes, as {@link #encodeValue}
	 * would write it; {@code null} if it goes on, for {@link #encodeInChunks} to write.
	 */
	byte @Nullable [] encodeWithin(Object value, int chunkSize, @Nullable Map<String, Object> hints) {
		FirstChunk first = new FirstChunk();
		try {
			this.views.codec(hints).dumps(body(value), first, chunkSize);
			return first.bytes;
		}
		catch (FirstChunk.GoesOn ex) {
			return null;
		}
		catch (JsonEncodeException ex) {
			throw encodingFailed(ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex); // FirstChunk throws nothing but GoesOn
		}
	}

	/** Writes the value to {@code out} in chunks of about {@code chunkSize} bytes as it is encoded. */
	void encodeInChunks(Object value, OutputStream out, int chunkSize, @Nullable Map<String, Object> hints)
			throws IOException {
		try {
			this.views.codec(hints).dumps(body(value), out, chunkSize);
		}
		catch (JsonEncodeException ex) {
			throw encodingFailed(ex);
		}
	}

	private static byte[] dumps(JsonCodec codec, Object value) {
		try {
			return codec.dumps(body(value));
		}
		catch (JsonEncodeException ex) {
			throw encodingFailed(ex);
		}
	}

	private static Object body(Object value) {
		return (value instanceof ProblemDetail problem) ? ProblemDetails.members(problem) : value;
	}

	private static EncodingException encodingFailed(JsonEncodeException ex) {
		return new EncodingException("Could not write JSON: " + ex.getMessage(), ex);
	}

	/** Keeps the first write; a second one means the document is longer than a chunk. */
	private static final class FirstChunk extends OutputStream {

		byte @Nullable [] bytes;

		@Override
		public void write(int b) throws GoesOn {
			write(new byte[] { (byte) b }, 0, 1);
		}

		@Override
		public void write(byte[] b, int off, int len) throws GoesOn {
			if (this.bytes != null) {
				throw new GoesOn();
			}
			this.bytes = Arrays.copyOfRange(b, off, off + len);
		}

		/**
		 * Not an error: the signal to stop encoding, once per large document. An {@code IOException}, as the
		 * encoder carries its sink's failures out unchanged through adapters and fallbacks.
		 */
		static final class GoesOn extends IOException {

			@Override
			public synchronized Throwable fillInStackTrace() {
				return this;
			}
		}
	}
}
