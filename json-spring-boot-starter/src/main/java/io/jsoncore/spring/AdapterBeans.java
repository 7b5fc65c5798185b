package io.jsoncore.spring;

import io.jsoncore.JsonAdapter;
import io.jsoncore.JsonCodec;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.ResolvableType;

/**
 * Registers every {@link JsonAdapter} bean for the type it adapts, resolved from the bean's generic type (its
 * {@code @Bean} method's return type, or its class), as Boot resolves a {@code @JacksonComponent}'s.
 */
final class AdapterBeans {

	private AdapterBeans() {
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	static void register(JsonCodec.Builder builder, ConfigurableListableBeanFactory beanFactory) {
		for (String name : beanFactory.getBeanNamesForType(JsonAdapter.class)) {
			Class<?> type = adaptedType(beanFactory, name);
			if (type == null) {
				throw new IllegalStateException("Cannot tell which type the JsonAdapter bean '" + name
						+ "' is for: declare it as JsonAdapter<YourType> (its @Bean method's return type or its class), "
						+ "or register it with a JsonCodecCustomizer");
			}
			builder.adapter((Class) type, beanFactory.getBean(name, JsonAdapter.class));
		}
	}

	private static Class<?> adaptedType(ConfigurableListableBeanFactory beanFactory, String name) {
		if (beanFactory.containsBeanDefinition(name)) {
			Class<?> declared = beanFactory.getMergedBeanDefinition(name)
				.getResolvableType()
				.as(JsonAdapter.class)
				.getGeneric(0)
				.resolve();
			if (declared != null) {
				return declared;
			}
		}
		Class<?> beanClass = beanFactory.getType(name);
		return beanClass != null ? ResolvableType.forClass(beanClass).as(JsonAdapter.class).getGeneric(0).resolve() : null;
	}
}
