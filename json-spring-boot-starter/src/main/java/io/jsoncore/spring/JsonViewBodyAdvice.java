package io.jsoncore.spring;

import java.lang.reflect.Type;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.SmartHttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * {@code @JsonView} on Spring MVC handler methods for json-core's converter: Spring's own view advices accept only
 * Jackson's converters. The view goes to the converter as a hint, for the response of a method annotated with it
 * and for a {@code @RequestBody} parameter annotated with it.
 */
@ControllerAdvice
public class JsonViewBodyAdvice extends RequestBodyAdviceAdapter implements ResponseBodyAdvice<Object> {

	@Override
	public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
		return JsonCoreHttpMessageConverter.class.isAssignableFrom(converterType) && JsonViews.view(returnType) != null;
	}

	@Override
	public @Nullable Object beforeBodyWrite(@Nullable Object body, MethodParameter returnType, MediaType contentType,
			Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
			ServerHttpResponse response) {
		return body;
	}

	@Override
	public @Nullable Map<String, Object> determineWriteHints(@Nullable Object body, MethodParameter returnType,
			MediaType contentType, Class<? extends HttpMessageConverter<?>> converterType) {
		return JsonViews.hints(returnType);
	}

	@Override
	public boolean supports(MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) {
		return JsonCoreHttpMessageConverter.class.isAssignableFrom(converterType) && JsonViews.view(parameter) != null;
	}

	@Override
	public @Nullable Map<String, Object> determineReadHints(MethodParameter parameter, Type targetType,
			Class<? extends SmartHttpMessageConverter<?>> converterType) {
		return JsonViews.hints(parameter);
	}
}
