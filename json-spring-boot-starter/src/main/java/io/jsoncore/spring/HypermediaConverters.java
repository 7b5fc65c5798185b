package io.jsoncore.spring;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.hateoas.config.WebConverters;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.util.ClassUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * Spring HATEOAS's HAL bodies in an application on json-core. HATEOAS teaches HAL to the first plain Jackson
 * converter in Spring MVC's list, and json-core has taken Jackson's place there, so its {@code _links} were lost:
 * the starter gives HATEOAS a Jackson converter of its own to teach, which then writes and reads hypermedia types
 * ({@code RepresentationModel}s) and nothing else, ahead of json-core.
 */
final class HypermediaConverters {

	private HypermediaConverters() {
	}

	static boolean present(@Nullable ClassLoader loader) {
		return ClassUtils.isPresent("org.springframework.hateoas.config.WebConverters", loader)
				&& ClassUtils.isPresent("tools.jackson.databind.json.JsonMapper", loader)
				&& ClassUtils.isPresent("org.springframework.http.converter.json.JacksonJsonHttpMessageConverter",
						loader);
	}

	/** The hypermedia converter, or {@code null} where HATEOAS's MVC support is not configured. */
	static @Nullable HttpMessageConverter<?> converter(BeanFactory beanFactory, @Nullable ClassLoader loader) {
		return present(loader) ? Hateoas.converter(beanFactory) : null;
	}

	// Loaded only once HATEOAS and Jackson are known to be present.
	private static final class Hateoas {

		static @Nullable HttpMessageConverter<?> converter(BeanFactory beanFactory) {
			WebConverters webConverters = beanFactory.getBeanProvider(WebConverters.class).getIfAvailable();
			if (webConverters == null) {
				return null;
			}
			JsonMapper mapper = beanFactory.getBeanProvider(JsonMapper.class).getIfAvailable(JsonMapper::new);
			JacksonJsonHttpMessageConverter jackson = new JacksonJsonHttpMessageConverter(mapper);
			List<HttpMessageConverter<?>> taught = new ArrayList<>(List.of(jackson));
			webConverters.augmentServer(taught);
			return new HypermediaHttpMessageConverter(jackson);
		}
	}
}
