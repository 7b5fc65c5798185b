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

/**
 * Reads and writes {@code application/json} and {@code application/*+json} bodies with a {@link JsonCodec}:
 * bytes in, bytes out, generic types resolved ({@code List<Order>} request bodies). Responses are encoded whole
 * before anything is sent, so they carry a {@code Content-Length} and an encoding error is a clean 500. A
 * request body in another charset is transcoded to UTF-8 first.
 */
public class JsonCoreHttpMessageConverter extends AbstractSmartHttpMessageConverter<Object> {

	private static final List<MediaType> PROBLEM_DETAIL_MEDIA_TYPES = List.of(MediaType.APPLICATION_PROBLEM_JSON);

	private final JsonCodec codec;

	public JsonCoreHttpMessageConverter(JsonCodec codec) {
		super(MediaType.APPLICATION_JSON, new MediaType("application", "*+json"));
		this.codec = codec;
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
		byte[] body = inputMessage.getBody().readAllBytes();
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
