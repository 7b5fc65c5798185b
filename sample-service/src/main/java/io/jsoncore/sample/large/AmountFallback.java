package io.jsoncore.sample.large;

import io.jsoncore.spring.JsonCodecCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The codec's fallback, as a user adds one: an {@link Amount} is written as its text. */
@Configuration(proxyBeanMethods = false)
public class AmountFallback {

	@Bean
	JsonCodecCustomizer amountAsText() {
		return (builder) -> builder.fallback((value) -> value instanceof Amount amount ? amount.toString() : null);
	}
}
