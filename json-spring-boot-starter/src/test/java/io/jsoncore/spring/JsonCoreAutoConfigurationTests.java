package io.jsoncore.spring;

import java.util.ArrayList;
import java.util.List;

import io.jsoncore.JsonCodec;
import io.jsoncore.JsonOption;
import io.jsoncore.PropertyNaming;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageConverters;

import static org.assertj.core.api.Assertions.assertThat;

class JsonCoreAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(AutoConfigurations
		.of(JacksonAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class, JsonCoreAutoConfiguration.class));

	/** The server converter list Spring MVC gets: every customizer applied in order, as Boot applies them. */
	private static List<String> serverConverters(ApplicationContext context) {
		HttpMessageConverters.ServerBuilder builder = HttpMessageConverters.forServer();
		context.getBeanProvider(ServerHttpMessageConvertersCustomizer.class)
			.orderedStream()
			.forEach((customizer) -> customizer.customize(builder));
		List<String> names = new ArrayList<>();
		for (HttpMessageConverter<?> converter : builder.build()) {
			names.add(converter.getClass().getSimpleName());
		}
		return names;
	}

	@Test
	void jsonCoreTakesTheJsonSlotAndNoJacksonConverterStays() {
		this.runner.run((context) -> {
			List<String> converters = serverConverters(context);
			assertThat(converters).contains("JsonCoreHttpMessageConverter")
				.noneMatch((name) -> name.startsWith("Jackson"));
			assertThat(converters.indexOf("StringHttpMessageConverter"))
				.isLessThan(converters.indexOf("JsonCoreHttpMessageConverter"));
			assertThat(converters.indexOf("ByteArrayHttpMessageConverter"))
				.isLessThan(converters.indexOf("JsonCoreHttpMessageConverter"));
			assertThat(context).doesNotHaveBean(JsonCoreHttpMessageConverter.class);
		});
	}

	@Test
	void pinsTheServerConverterList() {
		this.runner.withClassLoader(new FilteredClassLoader("org.springframework.boot.actuate"))
			.run((context) -> assertThat(serverConverters(context)).containsExactly("ByteArrayHttpMessageConverter", "StringHttpMessageConverter",
					"ResourceHttpMessageConverter", "ResourceRegionHttpMessageConverter",
					"AllEncompassingFormHttpMessageConverter", "JsonCoreHttpMessageConverter",
					// jakarta.xml.bind is on the test classpath (through spring-boot-starter-test)
					"Jaxb2RootElementHttpMessageConverter"));
	}

	// Boot's actuator configures every JacksonJsonHttpMessageConverter with its endpoint JsonMapper: this one
	// writes OperationResponseBody (health, info, links) and nothing else, so it may sit first.
	@Test
	void actuatorEndpointBodiesGetAnEndpointOnlyJacksonConverter() {
		this.runner.run((context) -> assertThat(serverConverters(context))
			.containsExactly("EndpointJacksonHttpMessageConverter", "ByteArrayHttpMessageConverter", "StringHttpMessageConverter",
					"ResourceHttpMessageConverter", "ResourceRegionHttpMessageConverter",
					"AllEncompassingFormHttpMessageConverter", "JsonCoreHttpMessageConverter",
					// jakarta.xml.bind is on the test classpath (through spring-boot-starter-test)
					"Jaxb2RootElementHttpMessageConverter"));
	}

	@Test
	void worksWithoutJacksonOnTheClasspath() {
		this.runner.withClassLoader(new FilteredClassLoader("tools.jackson", "com.fasterxml.jackson")).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(serverConverters(context)).contains("JsonCoreHttpMessageConverter")
				.noneMatch((name) -> name.startsWith("Jackson"));
		});
	}

	@Test
	void enabledFalseLeavesJacksonInPlace() {
		this.runner.withPropertyValues("spring.json.enabled=false").run((context) -> {
			assertThat(context).doesNotHaveBean(JsonCodec.class);
			assertThat(serverConverters(context)).contains("JacksonJsonHttpMessageConverter")
				.doesNotContain("JsonCoreHttpMessageConverter");
		});
	}

	@Test
	void webFluxCodecsComeWithACodecCustomizer() {
		this.runner.run((context) -> assertThat(context).hasSingleBean(JsonCoreCodecCustomizer.class));
		this.runner.withPropertyValues("spring.json.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(JsonCoreCodecCustomizer.class));
		this.runner.withClassLoader(new FilteredClassLoader("org.springframework.boot.http.codec"))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(JsonCoreCodecCustomizer.class));
	}

	@Test
	void enabledTrueIsTheDefault() {
		this.runner.withPropertyValues("spring.json.enabled=true")
			.run((context) -> assertThat(serverConverters(context)).contains("JsonCoreHttpMessageConverter"));
	}

	@Test
	void anotherPreferredJsonMapperLeavesJacksonInPlace() {
		this.runner.withPropertyValues("spring.http.converters.preferred-json-mapper=jackson").run((context) -> {
			assertThat(serverConverters(context)).contains("JacksonJsonHttpMessageConverter")
				.doesNotContain("JsonCoreHttpMessageConverter");
			// the WebFlux codecs follow their own property
			assertThat(context).hasSingleBean(JsonCoreCodecCustomizer.class);
		});
	}

	@Test
	void theCodecsFollowSpringHttpCodecsPreferredJsonMapper() {
		this.runner.withPropertyValues("spring.http.codecs.preferred-json-mapper=jackson").run((context) -> {
			assertThat(context).doesNotHaveBean(JsonCoreCodecCustomizer.class);
			assertThat(serverConverters(context)).contains("JsonCoreHttpMessageConverter");
		});
		this.runner.withPropertyValues("spring.http.codecs.preferred-json-mapper=jsoncore")
			.run((context) -> assertThat(context).hasSingleBean(JsonCoreCodecCustomizer.class));
	}

	@Test
	void aConverterOfTheApplicationsOwnMakesTheStarterStepAside() {
		JsonCoreHttpMessageConverter own = new JsonCoreHttpMessageConverter(
				JsonCodec.builder().options(JsonOption.SORT_KEYS).build());
		this.runner.withBean("ownConverter", JsonCoreHttpMessageConverter.class, () -> own).run((context) -> {
			assertThat(context).doesNotHaveBean(JsonCoreAutoConfiguration.JsonCoreHttpMessageConvertersCustomizer.class);
			HttpMessageConverters.ServerBuilder builder = HttpMessageConverters.forServer();
			context.getBeanProvider(ServerHttpMessageConvertersCustomizer.class)
				.orderedStream()
				.forEach((customizer) -> customizer.customize(builder));
			List<HttpMessageConverter<?>> converters = new ArrayList<>();
			builder.build().forEach(converters::add);
			// Boot adds converter beans ahead of its defaults: the application's own is the one that writes JSON
			assertThat(converters).filteredOn((converter) -> converter instanceof JsonCoreHttpMessageConverter)
				.containsExactly(own);
			assertThat(converters.indexOf(own)).isLessThan(converters.indexOf(converters.stream()
				.filter((converter) -> converter.getClass().getSimpleName().equals("JacksonJsonHttpMessageConverter"))
				.findFirst()
				.orElseThrow()));
		});
	}

	@Test
	void optionsDefaultToNonStrKeys() {
		this.runner.run((context) -> assertThat(context.getBean(JsonCodec.class).options())
			.containsExactly(JsonOption.NON_STR_KEYS));
	}

	@Test
	void optionsAreBoundInRelaxedForm() {
		this.runner.withPropertyValues("spring.json.options=naive-utc, omit-microseconds",
				"spring.json.property-naming=snake-case", "spring.json.fail-on-unknown-properties=true",
				"spring.json.max-depth=64", "spring.json.max-string-length=4096",
				"spring.json.max-object-properties=500")
			.run((context) -> {
				JsonCodec codec = context.getBean(JsonCodec.class);
				assertThat(codec.options()).containsExactly(JsonOption.NAIVE_UTC, JsonOption.OMIT_MICROSECONDS);
				assertThat(codec.propertyNaming()).isEqualTo(PropertyNaming.SNAKE_CASE);
				assertThat(codec.failOnUnknownProperties()).isTrue();
				assertThat(codec.maxDepth()).isEqualTo(64);
				assertThat(codec.maxStringLength()).isEqualTo(4096);
				assertThat(codec.maxObjectProperties()).isEqualTo(500);
			});
	}

	@Test
	void unknownOptionNameFailsStartUp() {
		this.runner.withPropertyValues("spring.json.options=naive-utc, sort-keyz").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause().hasMessage("Unknown JSON option 'sort-keyz' in spring.json.options; "
					+ "valid options are append-newline, indent-2, naive-utc, non-str-keys, omit-microseconds, "
					+ "passthrough-datetime, passthrough-record, sort-keys, strict-integer, utc-z");
			assertThat(context.getStartupFailure()).hasMessageContaining("prefix=spring.json");
		});
	}

	@Test
	void publishesConfigurationMetadataForIdes() throws Exception {
		try (java.io.InputStream metadata = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
			assertThat(metadata).isNotNull();
			String json = new String(metadata.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
			assertThat(json).contains("\"spring.json.options\"", "\"spring.json.property-naming\"", "\"spring.json.enabled\"");
		}
	}

	@Test
	void backsOffForTheUsersOwnCodec() {
		JsonCodec own = JsonCodec.builder().options(JsonOption.SORT_KEYS).build();
		this.runner.withBean(JsonCodec.class, () -> own)
			.run((context) -> assertThat(context.getBean(JsonCodec.class)).isSameAs(own));
	}

	@Test
	void appliesCodecCustomizers() {
		this.runner.withBean(JsonCodecCustomizer.class, () -> (builder) -> builder.option(JsonOption.APPEND_NEWLINE, true))
			.run((context) -> assertThat(context.getBean(JsonCodec.class).options())
				.containsExactly(JsonOption.APPEND_NEWLINE, JsonOption.NON_STR_KEYS));
	}
}
