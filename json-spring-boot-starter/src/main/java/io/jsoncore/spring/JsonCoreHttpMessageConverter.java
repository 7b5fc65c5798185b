package io.jsoncore.spring;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.jsoncore.JsonCodec;
import io.jsoncore.JsonDecodeException;
import io.jsoncore.JsonEncodeException;
import org.jspecify.annotations.Nullable;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.StreamingHttpOutputMessage;
import org.springframework.http.converter.AbstractSmartHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.HttpMessageNotWritableException;
import org.springframework.web.server.ContentTooLargeException;

/**
 * Reads and writes {@code application/json} and {@code application/*+json} bodies with a {@link JsonCodec}:
 * bytes in, bytes out, generic types resolved ({@code List<Order>} request bodies). A request body in another
 * charset is transcoded to UTF-8 first. A {@code @JsonView} hint ({@link JsonViewBodyAdvice}) picks the codec of that
 * view.
 * <p>
 * A response up to the buffer size (64 KiB by default) is encoded whole before anything is sent: it carries a
 * {@code Content-Length}, and an encoding error is a clean 500. A larger one streams in chunks of about the buffer
 * size, so memory per response stays bounded; an encoding error after the first chunk went out aborts the
 * response, so the client never sees a complete-looking wrong body.
 */
public class JsonCoreHttpMessageConverter extends AbstractSmartHttpMessageConverter<Object> {

	private static final List<MediaType> PROBLEM_DETAIL_MEDIA_TYPES = List.of(MediaType.APPLICATION_PROBLEM_JSON);

	/** The default request body limit, as {@code spring.json.max-request-size} sets it. */
	public static final long DEFAULT_MAX_REQUEST_SIZE = 16L * 1024 * 1024;

	/** The default response buffer size, as {@code spring.json.buffer-size} sets it. */
	public static final int DEFAULT_BUFFER_SIZE = 64 * 1024;

	private final JsonCodec codec;

	private final JsonViews views;

	private final long maxRequestSize;

	private final int bufferSize;

	private final boolean writesEndpointBodies;

	public JsonCoreHttpMessageConverter(JsonCodec codec) {
		this(codec, DEFAULT_MAX_REQUEST_SIZE, DEFAULT_BUFFER_SIZE);
	}

	/**
	 * A converter that answers 413 for request bodies over {@code maxRequestSize} bytes and streams responses
	 * larger than {@code bufferSize} bytes.
	 */
	public JsonCoreHttpMessageConverter(JsonCodec codec, long maxRequestSize, int bufferSize) {
		this(codec, maxRequestSize, bufferSize, true);
	}

	// writesEndpointBodies false: actuator responses are left to the endpoint-only Jackson converter beside this one.
	JsonCoreHttpMessageConverter(JsonCodec codec, long maxRequestSize, int bufferSize, boolean writesEndpointBodies) {
		super(MediaType.APPLICATION_JSON, new MediaType("application", "*+json"));
		if (bufferSize < 1) {
			throw new IllegalArgumentException("bufferSize must be at least 1 byte, was " + bufferSize);
		}
		this.codec = codec;
		this.views = new JsonViews(codec);
		this.maxRequestSize = maxRequestSize;
		this.bufferSize = bufferSize;
		this.writesEndpointBodies = writesEndpointBodies;
	}

	public JsonCodec getCodec() {
		return this.codec;
	}

	// RFC 9457: a ProblemDetail goes out as application/problem+json, as with Jackson.
	@Override
	public List<MediaType> getSupportedMediaTypes(Class<?> clazz) {
		return ProblemDetail.class.isAssignableFrom(clazz) ? PROBLEM_DETAIL_MEDIA_TYPES : getSupportedMediaTypes();
	}

	@Override
	public boolean canRead(ResolvableType type, @Nullable MediaType mediaType) {
		return canRead(mediaType);
	}

	@Override
	public boolean canWrite(ResolvableType targetType, Class<?> valueClass, @Nullable MediaType mediaType) {
		if (!this.writesEndpointBodies && EndpointBodies.isEndpointBody(valueClass)) {
			return false;
		}
		return canWrite(mediaType);
	}

	@Override
	public Object read(ResolvableType type, HttpInputMessage inputMessage, @Nullable Map<String, Object> hints)
			throws IOException, HttpMessageNotReadableException {
		byte[] body = readBody(inputMessage);
		Charset charset = charset(inputMessage.getHeaders().getContentType());
		if (!charset.equals(StandardCharsets.UTF_8)) {
			body = new String(body, charset).getBytes(StandardCharsets.UTF_8);
		}
		try {
			return this.views.codec(hints).loads(body, BodyTypes.resolve(type, hints));
		}
		catch (JsonDecodeException ex) {
			throw new HttpMessageNotReadableException("Could not read JSON: " + ex.getMessage(), ex, inputMessage);
		}
	}

	// Stops at the limit instead of reading a huge body into memory first; a declared length over it fails at once.
	private byte[] readBody(HttpInputMessage inputMessage) throws IOException {
		long declared = inputMessage.getHeaders().getContentLength();
		if (declared > this.maxRequestSize) {
			throw tooLarge();
		}
		byte[] body = inputMessage.getBody().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, this.maxRequestSize + 1));
		if (body.length > this.maxRequestSize) {
			throw tooLarge();
		}
		return body;
	}

	private ContentTooLargeException tooLarge() {
		return new ContentTooLargeException(new IllegalStateException(
				"request body is larger than " + this.maxRequestSize + " bytes (spring.json.max-request-size)"));
	}

	private static Charset charset(@Nullable MediaType contentType) {
		return contentType != null && contentType.getCharset() != null ? contentType.getCharset() : StandardCharsets.UTF_8;
	}

	@Override
	protected void writeInternal(Object value, ResolvableType type, HttpOutputMessage outputMessage,
			@Nullable Map<String, Object> hints) throws IOException, HttpMessageNotWritableException {
		Object json = value instanceof ProblemDetail problem ? ProblemDetails.members(problem) : value;
		ResponseBody body = new ResponseBody(outputMessage);
		try {
			this.views.codec(hints).dumps(json, body, this.bufferSize);
		}
		catch (JsonEncodeException ex) {
			if (body.isStreaming()) {
				throw new ResponseAbortedException("Could not write JSON after " + body.streamed
						+ " bytes were sent, response aborted: " + ex.getMessage(), ex);
			}
			throw new HttpMessageNotWritableException("Could not write JSON: " + ex.getMessage(), ex);
		}
		body.finish();
	}

	@Override
	protected boolean supportsRepeatableWrites(Object value) {
		return true;
	}

	/**
	 * Holds back the first chunk: a document that ends within it is sent whole with its length; one that goes on
	 * is sent as it comes, without a length, holding one chunk at a time.
	 */
	private static final class ResponseBody extends OutputStream {

		private final HttpOutputMessage message;

		private byte @Nullable [] first;

		private @Nullable OutputStream stream;

		long streamed;

		ResponseBody(HttpOutputMessage message) {
			this.message = message;
		}

		boolean isStreaming() {
			return this.stream != null;
		}

		@Override
		public void write(int b) throws IOException {
			write(new byte[] { (byte) b }, 0, 1);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			if (this.stream == null) {
				if (this.first == null) {
					this.first = Arrays.copyOfRange(b, off, off + len);
					return;
				}
				this.stream = this.message.getBody();
				this.stream.write(this.first);
				this.streamed = this.first.length;
				this.first = null;
			}
			this.stream.write(b, off, len);
			this.streamed += len;
		}

		void finish() throws IOException {
			if (this.stream != null) {
				return;
			}
			byte[] whole = this.first != null ? this.first : new byte[0];
			// A client request's headers are already with the client library here; it sets the length itself.
			if (!(this.message instanceof StreamingHttpOutputMessage)) {
				this.message.getHeaders().setContentLength(whole.length);
			}
			this.message.getBody().write(whole);
		}
	}
}
