package io.jsoncore.spring;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.util.ClassUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the endpoint-only Jackson converter when both Jackson and the actuator are on the classpath. Without
 * Jackson, Boot has no endpoint JSON mapper either, and actuator responses go through json-core like any other.
 */
final class EndpointConverters {

	private EndpointConverters() {
	}

	/** The endpoint converter, or null when the application's class loader lacks Jackson or the actuator. */
	static @Nullable HttpMessageConverter<?> endpointConverter(BeanFactory beanFactory, @Nullable ClassLoader loader) {
		return jacksonAndActuatorPresent(loader) ? Jackson.converter(beanFactory) : null;
	}

	static boolean jacksonAndActuatorPresent(@Nullable ClassLoader loader) {
		return EndpointBodies.actuatorPresent()
				&& ClassUtils.isPresent("org.springframework.boot.actuate.endpoint.OperationResponseBody", loader)
				&& ClassUtils.isPresent("tools.jackson.databind.json.JsonMapper", loader)
				&& ClassUtils.isPresent("org.springframework.http.converter.json.JacksonJsonHttpMessageConverter",
						loader);
	}

	// Loaded only once Jackson is known to be present.
	private static final class Jackson {

		static HttpMessageConverter<?> converter(BeanFactory beanFactory) {
			JsonMapper mapper = beanFactory.getBeanProvider(JsonMapper.class).getIfAvailable(JsonMapper::new);
			return new EndpointJacksonHttpMessageConverter(mapper);
		}
	}
}
