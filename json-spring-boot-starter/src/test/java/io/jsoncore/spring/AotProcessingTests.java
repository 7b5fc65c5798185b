package io.jsoncore.spring;

import java.util.Map;

import io.jsoncore.JsonCodec;
import io.jsoncore.JsonOption;
import org.junit.jupiter.api.Test;
import org.springframework.aot.test.generate.TestGenerationContext;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.aot.ApplicationContextAotGenerator;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.test.tools.CompileWithForkedClassLoader;
import org.springframework.core.test.tools.TestCompiler;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.javapoet.ClassName;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@code spring-boot-maven-plugin:process-aot} does to an app: the context is processed ahead of time into
 * generated code, that code is compiled, and a fresh context is started from it alone, with no configuration class
 * parsing or condition evaluation left at run time. The starter's beans and property binding must survive that.
 */
@CompileWithForkedClassLoader // the generated code reaches package-private members, so it shares their loader
class AotProcessingTests {

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ JacksonAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class,
			JsonCoreAutoConfiguration.class })
	static class AotApplication {
	}

	@Test
	void startsFromAotGeneratedCode() {
		GenericApplicationContext buildTime = new AnnotationConfigApplicationContext();
		((AnnotationConfigApplicationContext) buildTime).register(AotApplication.class);
		TestGenerationContext generationContext = new TestGenerationContext();
		ClassName initializerName = new ApplicationContextAotGenerator().processAheadOfTime(buildTime,
				generationContext);
		generationContext.writeGeneratedContent();
		TestCompiler.forSystem().with(generationContext).compile((compiled) -> {
			try (GenericApplicationContext runTime = new GenericApplicationContext()) {
				TestPropertyValues.of("spring.json.options=sort-keys, naive-utc").applyTo(runTime);
				@SuppressWarnings("unchecked")
				ApplicationContextInitializer<GenericApplicationContext> initializer = compiled
					.getInstance(ApplicationContextInitializer.class, initializerName.toString());
				initializer.initialize(runTime);
				runTime.refresh();
				JsonCodec codec = runTime.getBean(JsonCodec.class);
				assertThat(codec.options()).containsExactly(JsonOption.NAIVE_UTC, JsonOption.SORT_KEYS);
				assertThat(new String(codec.dumps(Map.of("b", 1, "a", 2)))).isEqualTo("{\"a\":2,\"b\":1}");
				HttpMessageConverters.ServerBuilder builder = HttpMessageConverters.forServer();
				runTime.getBeanProvider(ServerHttpMessageConvertersCustomizer.class)
					.orderedStream()
					.forEach((customizer) -> customizer.customize(builder));
				assertThat(builder.build()).map(HttpMessageConverter::getClass)
					.contains(JsonCoreHttpMessageConverter.class);
			}
		});
	}
}
