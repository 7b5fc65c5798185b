package io.jsoncore.spring;

import org.jspecify.annotations.Nullable;
import org.springframework.util.ClassUtils;

/**
 * Actuator endpoint responses ({@code OperationResponseBody}: health, info, links). Boot writes them with its own
 * endpoint {@code JsonMapper}, whose Jackson annotations ({@code @JsonUnwrapped} status, {@code NON_EMPTY} members)
 * shape the body, so where Jackson is present they are left to an endpoint-only Jackson converter and answer exactly
 * as they do without the starter.
 */
final class EndpointBodies {

	private static final @Nullable Class<?> OPERATION_RESPONSE_BODY = resolve(
			"org.springframework.boot.actuate.endpoint.OperationResponseBody");

	private EndpointBodies() {
	}

	static boolean isEndpointBody(Class<?> type) {
		return OPERATION_RESPONSE_BODY != null && OPERATION_RESPONSE_BODY.isAssignableFrom(type);
	}

	static boolean actuatorPresent() {
		return OPERATION_RESPONSE_BODY != null;
	}

	private static @Nullable Class<?> resolve(String name) {
		ClassLoader loader = EndpointBodies.class.getClassLoader();
		return ClassUtils.isPresent(name, loader) ? ClassUtils.resolveClassName(name, loader) : null;
	}
}
