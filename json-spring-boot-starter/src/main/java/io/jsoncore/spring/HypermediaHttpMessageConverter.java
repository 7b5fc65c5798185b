package io.jsoncore.spring;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.core.ResolvableType;
import org.springframework.hateoas.RepresentationModel;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.HttpMessageNotWritableException;
import org.springframework.http.converter.SmartHttpMessageConverter;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;

/**
 * Reads and writes {@link RepresentationModel}s, and only them, through a Jackson converter that Spring HATEOAS has
 * taught its media types (HAL, and {@code application/json} where HAL is Boot's default for hypermedia types).
 */
final class HypermediaHttpMessageConverter implements SmartHttpMessageConverter<Object> {

	private final JacksonJsonHttpMessageConverter jackson;

	HypermediaHttpMessageConverter(JacksonJsonHttpMessageConverter jackson) {
		this.jackson = jackson;
	}

	private static boolean isHypermedia(Class<?> type) {
		return RepresentationModel.class.isAssignableFrom(type);
	}

	@Override
	public List<MediaType> getSupportedMediaTypes() {
		return this.jackson.getSupportedMediaTypes();
	}

	@Override
	public List<MediaType> getSupportedMediaTypes(Class<?> clazz) {
		return isHypermedia(clazz) ? this.jackson.getSupportedMediaTypes(clazz) : List.of();
	}

	@Override
	public boolean canRead(ResolvableType type, @Nullable MediaType mediaType) {
		return isHypermedia(type.toClass()) && this.jackson.canRead(type, mediaType);
	}

	@Override
	public boolean canWrite(ResolvableType targetType, Class<?> valueClass, @Nullable MediaType mediaType) {
		return isHypermedia(valueClass) && this.jackson.canWrite(targetType, valueClass, mediaType);
	}

	@Override
	public Object read(ResolvableType type, HttpInputMessage inputMessage, @Nullable Map<String, Object> hints)
			throws IOException, HttpMessageNotReadableException {
		return this.jackson.read(type, inputMessage, hints);
	}

	@Override
	public void write(Object value, ResolvableType targetType, @Nullable MediaType contentType,
			HttpOutputMessage outputMessage, @Nullable Map<String, Object> hints)
			throws IOException, HttpMessageNotWritableException {
		this.jackson.write(value, targetType, contentType, outputMessage, hints);
	}
}
