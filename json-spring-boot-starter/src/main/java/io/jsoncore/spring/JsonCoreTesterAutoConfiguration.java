package io.jsoncore.spring;

import io.jsoncore.JsonCodec;
import org.springframework.beans.factory.FactoryBean;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.test.autoconfigure.json.ConditionalOnJsonTesters;
import org.springframework.boot.test.autoconfigure.json.JsonMarshalTesterRuntimeHints;
import org.springframework.boot.test.autoconfigure.json.JsonTesterFactoryBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ImportRuntimeHints;
import org.springframework.context.annotation.Scope;

/**
 * {@link JsonCoreTester} fields for {@code @JsonTest} and {@code @AutoConfigureJsonTesters}, registered in that
 * annotation's imports file as {@code spring-boot-gson} registers its {@code GsonTester}.
 */
@AutoConfiguration(after = JsonCoreAutoConfiguration.class)
@ConditionalOnClass(name = "org.springframework.boot.test.autoconfigure.json.ConditionalOnJsonTesters")
@ConditionalOnJsonTesters
public final class JsonCoreTesterAutoConfiguration {

	@Bean
	@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
	@ConditionalOnBean(JsonCodec.class)
	@ImportRuntimeHints(JsonCoreTesterRuntimeHints.class)
	FactoryBean<JsonCoreTester<?>> jsonCoreTesterFactoryBean(JsonCodec codec) {
		return new JsonTesterFactoryBean<>(JsonCoreTester.class, codec);
	}

	static final class JsonCoreTesterRuntimeHints extends JsonMarshalTesterRuntimeHints {

		JsonCoreTesterRuntimeHints() {
			super(JsonCoreTester.class);
		}
	}
}
