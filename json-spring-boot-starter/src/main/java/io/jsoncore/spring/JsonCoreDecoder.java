package io.jsoncore.spring;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.jsoncore.JsonCodec;
import io.jsoncore.JsonDecodeException;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import org.springframework.core.ResolvableType;
import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.codec.HttpMessageDecoder;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.util.MimeType;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The WebFlux side of the starter: reads {@code application/json} and {@code application/*+json} bodies with a
 * {@link JsonCodec}, at most {@link #getMaxInMemorySize()} bytes each. A {@code Flux<T>} body is read from a JSON
 * array (whole, within that limit, then emitted element by element) or from {@code application/x-ndjson}, one
 * document per line as the lines arrive, the limit applying per line. Declines {@code String}, as Jackson's decoder
 * does, so text is read as it is. The parameter's {@code @JsonView} picks the codec of that view, and a type
 * variable ({@code @RequestBody T} in a generic controller) is resolved against the controller, as on Spring MVC.
 */
public class JsonCoreDecoder implements HttpMessageDecoder<Object> {

	/** Spring's default limit for a buffered body, which {@code spring.http.codecs.max-in-memory-size} changes. */
	public static final int DEFAULT_MAX_IN_MEMORY_SIZE = 256 * 1024;

	private final JsonViews views;

	private int maxInMemorySize = DEFAULT_MAX_IN_MEMORY_SIZE;

	public JsonCoreDecoder(JsonCodec codec) {
		this.views = new JsonViews(codec);
	}

	public void setMaxInMemorySize(int maxInMemorySize) {
		this.maxInMemorySize = maxInMemorySize;
	}

	public int getMaxInMemorySize() {
		return this.maxInMemorySize;
	}

	@Override
	public List<MimeType> getDecodableMimeTypes() {
		return JsonMimeTypes.ALL;
	}

	@Override
	public boolean canDecode(ResolvableType elementType, @Nullable MimeType mimeType) {
		return !String.class.isAssignableFrom(elementType.toClass()) && JsonMimeTypes.supports(mimeType);
	}

	@Override
	public Map<String, Object> getDecodeHints(ResolvableType actualType, ResolvableType elementType,
			ServerHttpRequest request, ServerHttpResponse response) {
		// the @RequestBody parameter's @JsonView, as Jackson's decoder reads it
		return JsonViews.hints(actualType);
	}

	@Override
	public Mono<Object> decodeToMono(Publisher<DataBuffer> input, ResolvableType elementType,
			@Nullable MimeType mimeType, @Nullable Map<String, Object> hints) {
		return BodyBytes.read(input, this.maxInMemorySize)
			.map((json) -> loads(this.views.codec(hints), json, BodyTypes.resolve(elementType, hints)));
	}

	@Override
	public Object decode(DataBuffer buffer, ResolvableType targetType, @Nullable MimeType mimeType,
			@Nullable Map<String, Object> hints) throws DecodingException {
		return loads(this.views.codec(hints), BodyBytes.copy(buffer), BodyTypes.resolve(targetType, hints));
	}

	@Override
	public Flux<Object> decode(Publisher<DataBuffer> input, ResolvableType elementType, @Nullable MimeType mimeType,
			@Nullable Map<String, Object> hints) {
		JsonCodec codec = this.views.codec(hints);
		Type element = BodyTypes.resolve(elementType, hints);
		if (JsonMimeTypes.isNdjson(mimeType)) {
			return Flux.defer(() -> {
				Lines lines = new Lines(this.maxInMemorySize);
				return BodyBytes.chunks(input)
					.concatMapIterable(lines::split)
					.concatWith(Flux.defer(() -> Flux.fromIterable(lines.rest())))
					.map((line) -> loads(codec, line, element));
			});
		}
		// A JSON array gives its elements; any other document is one element, as with Jackson.
		ResolvableType listType = ResolvableType.forClassWithGenerics(List.class, ResolvableType.forType(element));
		return BodyBytes.read(input, this.maxInMemorySize).flatMapMany((json) -> {
			if (startsArray(json)) {
				return Flux.fromIterable((List<?>) loads(codec, json, listType.getType()));
			}
			return Mono.just(loads(codec, json, element));
		});
	}

	private static Object loads(JsonCodec codec, byte[] json, Type type) {
		try {
			return codec.loads(json, type);
		}
		catch (JsonDecodeException ex) {
			throw new DecodingException("JSON decoding error: " + ex.getMessage(), ex);
		}
	}

	private static boolean startsArray(byte[] json) {
		for (byte b : json) {
			if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
				return b == '[';
			}
		}
		return false;
	}

	/** Cuts NDJSON into lines across buffer boundaries, skipping blank ones; a line may not pass the limit. */
	static final class Lines {

		private final int maxLineLength;

		private final ByteArrayOutputStream partial = new ByteArrayOutputStream();

		Lines(int maxLineLength) {
			this.maxLineLength = BodyBytes.effectiveLimit(maxLineLength);
		}

		List<byte[]> split(byte[] bytes) {
			List<byte[]> lines = new ArrayList<>();
			int start = 0;
			for (int i = 0; i < bytes.length; i++) {
				if (bytes[i] == '\n') {
					append(bytes, start, i - start);
					emit(lines);
					start = i + 1;
				}
			}
			append(bytes, start, bytes.length - start);
			return lines;
		}

		List<byte[]> rest() {
			List<byte[]> lines = new ArrayList<>(1);
			emit(lines);
			return lines;
		}

		private void append(byte[] bytes, int from, int length) {
			if (length > this.maxLineLength - this.partial.size()) {
				throw new DataBufferLimitException(
						"Exceeded limit on max bytes per JSON line: " + this.maxLineLength);
			}
			this.partial.write(bytes, from, length);
		}

		private void emit(List<byte[]> lines) {
			byte[] line = this.partial.toByteArray();
			this.partial.reset();
			for (byte b : line) {
				if (b != ' ' && b != '\t' && b != '\r') {
					lines.add(line);
					return;
				}
			}
		}
	}
}
