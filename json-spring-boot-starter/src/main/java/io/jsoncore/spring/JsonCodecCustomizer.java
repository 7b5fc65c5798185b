package io.jsoncore.spring;

import io.jsoncore.JsonCodec;

/**
 * Customizes the {@link JsonCodec} that the starter builds from {@code spring.json.*}, before it is built: register
 * adapters, add a fallback function, change options. Declare one or more as beans; they run in {@code @Order}.
 */
@FunctionalInterface
public interface JsonCodecCustomizer {

	void customize(JsonCodec.Builder builder);

}
