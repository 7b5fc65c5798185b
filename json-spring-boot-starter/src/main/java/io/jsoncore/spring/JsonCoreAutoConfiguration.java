package io.jsoncore.spring;

import java.util.List;

import io.jsoncore.JsonCodec;
import io.jsoncore.JsonOption;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.http.converter.autoconfigure.ClientHttpMessageConvertersCustomizer;
import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.data.web.config.EnableSpringDataWebSupport.PageSerializationMode;
import org.springframework.data.web.config.SpringDataWebSettings;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageConverters;

/**
 * Puts json-core in Spring Boot's JSON converter slot, for Spring MVC and for {@code RestClient} and
 * {@code RestTemplate} built from Boot's builders, and in its WebFlux codecs. Off with
 * {@code spring.json.enabled=false}; the converters stay Jackson's when
 * {@code spring.http.converters.preferred-json-mapper} names another mapper, or the application declares its own
 * {@link JsonCoreHttpMessageConverter}, and the codecs when {@code spring.http.codecs.preferred-json-mapper} does.
 */
@AutoConfiguration(afterName = { "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
		"org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration" },
		beforeName = "org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration")
@ConditionalOnClass(JsonCodec.class)
@ConditionalOnBooleanProperty(name = "spring.json.enabled", matchIfMissing = true)
@EnableConfigurationProperties(JsonCoreProperties.class)
public final class JsonCoreAutoConfiguration {

	@Bean
	@ConfigurationPropertiesBinding
	static JsonOptionConverter jsonOptionConverter() {
		return new JsonOptionConverter();
	}

	@Bean
	@ConditionalOnMissingBean
	JsonCodec jsonCodec(JsonCoreProperties properties, ObjectProvider<JsonCodecCustomizer> customizers,
			ConfigurableListableBeanFactory beanFactory) {
		List<JsonOption> options = properties.getOptions() != null ? properties.getOptions()
				: List.of(JsonOption.NON_STR_KEYS);
		JsonCodec.Builder builder = JsonCodec.builder()
			.options(options)
			.propertyNaming(properties.getPropertyNaming())
			.propertyOrder(properties.getPropertyOrder())
			.failOnUnknownProperties(properties.isFailOnUnknownProperties())
			.inclusion(properties.getDefaultPropertyInclusion())
			.maxDepth(properties.getMaxDepth())
			.maxNumberLength(properties.getMaxNumberLength())
			.maxStringLength(properties.getMaxStringLength())
			.maxObjectProperties(properties.getMaxObjectProperties());
		// adapter beans first, so that a customizer's adapter for the same type replaces one
		AdapterBeans.register(builder, beanFactory);
		customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
		return builder.build();
	}

	// The body types of every handler, checked once the application is ready.
	@Bean
	@ConditionalOnWebApplication
	StartupReport jsonCoreStartupReport(JsonCodec codec, JsonCoreProperties properties) {
		return new StartupReport(codec, properties.getVerify());
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = { "org.springframework.data.domain.PageImpl",
			"org.springframework.data.web.config.SpringDataWebSettings" })
	static class SpringDataConfiguration {

		// Spring Data's web support (MVC) says how pages are written; without it (WebFlux), they are beans, as there.
		@Bean
		JsonCodecCustomizer jsonCoreSpringDataPages(ObjectProvider<SpringDataWebSettings> settings) {
			SpringDataWebSettings found = settings.getIfAvailable();
			return new SpringDataPages(found != null && found.pageSerializationMode() == PageSerializationMode.VIA_DTO);
		}
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	@ConditionalOnClass(name = "org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice")
	static class WebMvcConfiguration {

		// @JsonView on handler methods: Spring's own advices serve only Jackson's converters.
		@Bean
		JsonViewBodyAdvice jsonCoreJsonViewBodyAdvice() {
			return new JsonViewBodyAdvice();
		}
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(HttpMessageConverters.class)
	@ConditionalOnProperty(name = "spring.http.converters.preferred-json-mapper", havingValue = "jsoncore",
			matchIfMissing = true)
	static class HttpMessageConvertersConfiguration {

		// After Boot's own customizers (order 0), so that ours is the last to fill the JSON slot and wins it. A
		// converter bean of the application's own is added by Boot, so this one steps aside.
		@Bean
		@Order(Ordered.LOWEST_PRECEDENCE - 100)
		@ConditionalOnMissingBean(JsonCoreHttpMessageConverter.class)
		JsonCoreHttpMessageConvertersCustomizer jsonCoreHttpMessageConvertersCustomizer(JsonCodec codec,
				JsonCoreProperties properties, ConfigurableListableBeanFactory beanFactory) {
			HttpMessageConverter<?> endpointConverter = EndpointConverters.endpointConverter(beanFactory,
					beanFactory.getBeanClassLoader());
			JsonCoreHttpMessageConverter converter = new JsonCoreHttpMessageConverter(codec,
					properties.getMaxRequestSize().toBytes(), bufferSize(properties), endpointConverter == null);
			return new JsonCoreHttpMessageConvertersCustomizer(converter, endpointConverter,
					HypermediaConverters.converter(beanFactory, beanFactory.getBeanClassLoader()));
		}
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = { "org.springframework.boot.http.codec.CodecCustomizer",
			"org.springframework.http.codec.CodecConfigurer", "reactor.core.publisher.Flux" })
	@ConditionalOnProperty(name = "spring.http.codecs.preferred-json-mapper", havingValue = "jsoncore",
			matchIfMissing = true)
	static class CodecsConfiguration {

		@Bean
		JsonCoreCodecCustomizer jsonCoreCodecCustomizer(JsonCodec codec, JsonCoreProperties properties,
				ConfigurableListableBeanFactory beanFactory) {
			// Where Jackson and the actuator are present, Jackson's default encoder behind ours writes endpoint
			// bodies with Boot's endpoint JsonMapper.
			boolean jacksonWritesEndpoints = EndpointConverters.jacksonAndActuatorPresent(beanFactory.getBeanClassLoader());
			return new JsonCoreCodecCustomizer(new JsonCoreEncoder(codec, !jacksonWritesEndpoints),
					new JsonCoreDecoder(codec), properties.getMaxRequestSize().toBytes(), bufferSize(properties));
		}
	}

	static int bufferSize(JsonCoreProperties properties) {
		return (int) Math.min(Integer.MAX_VALUE - 8, Math.max(1, properties.getBufferSize().toBytes()));
	}

	/** Registers the converter in the JSON slot of the server and client converter lists; it is not a bean itself. */
	static final class JsonCoreHttpMessageConvertersCustomizer
			implements ServerHttpMessageConvertersCustomizer, ClientHttpMessageConvertersCustomizer {

		private final JsonCoreHttpMessageConverter converter;

		private final @Nullable HttpMessageConverter<?> endpointConverter;

		private final @Nullable HttpMessageConverter<?> hypermediaConverter;

		JsonCoreHttpMessageConvertersCustomizer(JsonCoreHttpMessageConverter converter,
				@Nullable HttpMessageConverter<?> endpointConverter, @Nullable HttpMessageConverter<?> hypermediaConverter) {
			this.converter = converter;
			this.endpointConverter = endpointConverter;
			this.hypermediaConverter = hypermediaConverter;
		}

		@Override
		public void customize(HttpMessageConverters.ServerBuilder builder) {
			builder.withJsonConverter(this.converter);
			if (this.endpointConverter != null) {
				builder.addCustomConverter(this.endpointConverter);
			}
			if (this.hypermediaConverter != null) {
				builder.addCustomConverter(this.hypermediaConverter);
			}
		}

		@Override
		public void customize(HttpMessageConverters.ClientBuilder builder) {
			// registerDefaults: where Boot's default client customizer is absent (a WebFlux app) the list would be empty
			builder.registerDefaults().withJsonConverter(this.converter);
		}
	}
}
