package io.jsoncore.sample.jackson;

import java.time.LocalDateTime;

import io.jsoncore.Fragment;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleModule;

/**
 * With {@code spring.json.enabled=false} Jackson writes the responses; this module makes it write the reference
 * body in json-core's text (a raw {@link Fragment}, the start-up time as {@code …+00:00}), so that a load test
 * compares the same bytes. Boot adds every {@link JacksonModule} bean to its {@code JsonMapper}. It is there in
 * both modes: while json-core writes the bodies it changes nothing a client sees, and it also covers the other
 * way to Jackson, {@code spring.http.converters.preferred-json-mapper=jackson}.
 */
@Configuration(proxyBeanMethods = false)
public class JacksonParityConfiguration {

	@Bean
	JacksonModule jsoncoreParityModule() {
		return new SimpleModule("jsoncore-parity").addSerializer(Fragment.class, new FragmentSerializer())
			.addSerializer(LocalDateTime.class, new NaiveUtcDateTimeSerializer());
	}
}
