package io.jsoncore.spring;

import org.springframework.boot.http.codec.CodecCustomizer;
import org.springframework.core.Ordered;
import org.springframework.http.codec.ClientCodecConfigurer;
import org.springframework.http.codec.CodecConfigurer;
import org.springframework.http.codec.ServerCodecConfigurer;

/**
 * Puts json-core's writer (its encoder, streaming large single values) and decoder ahead of WebFlux's default
 * codecs, on the server and on {@code WebClient}s built by Boot, and makes the encoder and decoder the Server-Sent
 * Events data codec. Jackson's default codecs, where present, stay
 * behind only for what json-core declines: {@code String} and actuator endpoint bodies.
 */
public class JsonCoreCodecCustomizer implements CodecCustomizer, Ordered {

	private final JsonCoreEncoder encoder;

	private final JsonCoreDecoder decoder;

	private final JsonCoreHttpMessageWriter writer;

	private final long maxRequestSize;

	public JsonCoreCodecCustomizer(JsonCoreEncoder encoder, JsonCoreDecoder decoder, long maxRequestSize,
			int bufferSize) {
		this.encoder = encoder;
		this.decoder = decoder;
		this.writer = new JsonCoreHttpMessageWriter(encoder, bufferSize);
		this.maxRequestSize = maxRequestSize;
	}

	// After Boot's own codec customizers (order 0), which set the limits we read.
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE - 100;
	}

	@Override
	public void customize(CodecConfigurer configurer) {
		configurer.customCodecs().registerWithDefaultConfig(this.writer);
		// The smaller of spring.http.codecs.max-in-memory-size (Spring's 256 KiB when unset) and ours applies.
		configurer.customCodecs().registerWithDefaultConfig(this.decoder, (config) -> {
			Integer codecLimit = config.maxInMemorySize();
			long limit = Math.min(codecLimit != null ? codecLimit : JsonCoreDecoder.DEFAULT_MAX_IN_MEMORY_SIZE,
					this.maxRequestSize);
			this.decoder.setMaxInMemorySize((int) Math.max(0, limit));
		});
		if (configurer instanceof ServerCodecConfigurer server) {
			server.defaultCodecs().serverSentEventEncoder(this.encoder);
		}
		if (configurer instanceof ClientCodecConfigurer client) {
			client.defaultCodecs().serverSentEventDecoder(this.decoder);
		}
	}
}
