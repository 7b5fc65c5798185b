package io.jsoncore.spring;

import java.io.IOException;
import java.lang.reflect.Type;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.jsoncore.JsonCodec;
import io.jsoncore.JsonDecodeException;
import io.jsoncore.JsonEncodeException;
import org.jspecify.annotations.Nullable;
import org.springframework.core.GenericTypeResolver;
import org.springframework.core.MethodParameter;
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
 * bytes in, bytes out, generic types resolved ({@code List<Order>} request bodies). Responses are encoded whole
 * before anything is sent, so they carry a {@code Content-Length} and an encoding error is a clean 500. A
 * request body in another charset is transcoded to UTF-8 first.
 */
public class JsonCoreHttpMessageConverter extends AbstractSmartHttpMessageConverter<Object> {

	private static final List<MediaType> PROBLEM_DETAIL_MEDIA_TYPES = List.of(MediaType.APPLICATION_PROBLEM_JSON);

	/** The default request body limit, as {@code spring.json.max-request-size} sets it. */
	public static final long DEFAULT_MAX_REQUEST_SIZE = 16L * 1024 * 1024;

	private final JsonCodec codec;

	private final long maxRequestSize;

	public JsonCoreHttpMessageConverter(JsonCodec codec) {
		this(codec, DEFAULT_MAX_REQUEST_SIZE);
	}

	/** A converter that answers 413 for request bodies over {@code maxRequestSize} bytes. */
	public JsonCoreHttpMessageConverter(JsonCodec codec, long maxRequestSize) {
		super(MediaType.APPLICATION_JSON, new MediaType("application", "*+json"));
		this.codec = codec;
		this.maxRequestSize = maxRequestSize;
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
			return this.codec.loads(body, resolve(type, hints));
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

	// A generic parameter of a generic controller is resolved against the controller class, as Jackson's does.
	private static Type resolve(ResolvableType type, @Nullable Map<String, Object> hints) {
		Class<?> contextClass = null;
		if (type.getSource() instanceof MethodParameter parameter) {
			contextClass = parameter.getContainingClass();
		}
		else if (hints != null && hints.get("contextClass") instanceof Class<?> hinted) {
			contextClass = hinted;
		}
		return GenericTypeResolver.resolveType(type.getType(), contextClass);
	}

	private static Charset charset(@Nullable MediaType contentType) {
		return contentType != null && contentType.getCharset() != null ? contentType.getCharset() : StandardCharsets.UTF_8;
	}

	@Override
	protected void writeInternal(Object value, ResolvableType type, HttpOutputMessage outputMessage,
			@Nullable Map<String, Object> hints) throws IOException, HttpMessageNotWritableException {
		byte[] json;
		try {
			json = this.codec.dumps(value instanceof ProblemDetail problem ? ProblemDetails.members(problem) : value);
		}
		catch (JsonEncodeException ex) {
			throw new HttpMessageNotWritableException("Could not write JSON: " + ex.getMessage(), ex);
		}
		if (!(outputMessage instanceof StreamingHttpOutputMessage)) {
			outputMessage.getHeaders().setContentLength(json.length);
		}
		outputMessage.getBody().write(json);
	}

	@Override
	protected boolean supportsRepeatableWrites(Object value) {
		return true;
	}
}
