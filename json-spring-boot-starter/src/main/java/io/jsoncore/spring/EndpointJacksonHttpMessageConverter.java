package io.jsoncore.spring;

import org.jspecify.annotations.Nullable;
import org.springframework.core.ResolvableType;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes actuator endpoint responses and nothing else. It stays a {@link JacksonJsonHttpMessageConverter} on
 * purpose: Boot's actuator configures every such converter with its isolated endpoint {@code JsonMapper}, so the
 * endpoints answer byte for byte as in an app without the starter, while every other body goes through json-core.
 */
final class EndpointJacksonHttpMessageConverter extends JacksonJsonHttpMessageConverter {

	EndpointJacksonHttpMessageConverter(JsonMapper mapper) {
		super(mapper);
	}

	@Override
	public boolean canRead(ResolvableType type, @Nullable MediaType mediaType) {
		return false;
	}

	@Override
	public boolean canWrite(ResolvableType targetType, Class<?> valueClass, @Nullable MediaType mediaType) {
		return EndpointBodies.isEndpointBody(valueClass) && super.canWrite(targetType, valueClass, mediaType);
	}
}
