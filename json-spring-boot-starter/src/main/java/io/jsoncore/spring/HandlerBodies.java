package io.jsoncore.spring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionStage;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.http.HttpEntity;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;

/**
 * The request and response body types of an application's handler methods, on Spring MVC and WebFlux: what a
 * {@code @RequestBody} (or {@code HttpEntity}) parameter reads, and what a {@code @ResponseBody} method (or one
 * returning {@code ResponseEntity}) writes, with {@code ResponseEntity}, {@code HttpEntity}, {@code Mono},
 * {@code Flux}, {@code Optional} and the async wrappers taken off. Bodies that json-core does not write (text,
 * bytes, resources, emitters, HATEOAS's models) are left out; a response declared as {@code Object}, a plain interface or
 * {@code ResponseEntity<?>} is written by its runtime class, so it is only counted.
 */
final class HandlerBodies {

	private static final String[] NOT_JSON = { "java.lang.CharSequence", "java.lang.Void", "[B",
			"org.springframework.core.io.Resource", "org.springframework.core.io.support.ResourceRegion",
			"org.springframework.http.ProblemDetail", "org.springframework.http.HttpHeaders",
			"org.springframework.util.MultiValueMap", "org.springframework.web.servlet.ModelAndView",
			"org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter",
			"org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody",
			"org.springframework.http.codec.ServerSentEvent", "org.springframework.core.io.buffer.DataBuffer",
			"org.springframework.web.reactive.result.view.Rendering", "org.springframework.http.codec.multipart.Part",
			// written and read by the hypermedia converter HATEOAS teaches (HypermediaConverters), not by json-core
			"org.springframework.hateoas.RepresentationModel" };

	private static final String[] WRAPPERS = { "org.reactivestreams.Publisher",
			"org.springframework.web.context.request.async.DeferredResult",
			"org.springframework.web.context.request.async.WebAsyncTask" };

	/** One body: the handler (its mapping and method), whether it is read, and its type. */
	record Body(String handler, boolean read, ResolvableType type) {
	}

	/** What was found: the bodies to check, and the handlers whose response type cannot be checked. */
	record Found(List<Body> bodies, List<String> unchecked, int handlers) {
	}

	private final List<Body> bodies = new ArrayList<>();

	private final List<String> unchecked = new ArrayList<>();

	// NOT_JSON and WRAPPERS as the application's classes, those of them it has: resolved once per report
	private final List<Class<?>> notJson;

	private final List<Class<?>> wrappers;

	private int handlers;

	private HandlerBodies(ClassLoader loader) {
		this.notJson = present(NOT_JSON, loader);
		this.wrappers = present(WRAPPERS, loader);
	}

	private static List<Class<?>> present(String[] names, ClassLoader loader) {
		List<Class<?>> classes = new ArrayList<>();
		for (String name : names) {
			if (ClassUtils.isPresent(name, loader)) {
				classes.add(ClassUtils.resolveClassName(name, loader));
			}
		}
		return classes;
	}

	static Found collect(ListableBeanFactory beans, ClassLoader loader) {
		HandlerBodies found = new HandlerBodies(loader);
		if (ClassUtils.isPresent("org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping",
				loader)) {
			Mvc.collect(beans, found);
		}
		if (ClassUtils.isPresent(
				"org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping", loader)) {
			WebFlux.collect(beans, found);
		}
		return new Found(found.bodies, found.unchecked, found.handlers);
	}

	void add(Object mapping, HandlerMethod method) {
		this.handlers++;
		String handler = mapping + " " + method.getBeanType().getName() + "#" + method.getMethod().getName();
		for (MethodParameter parameter : method.getMethodParameters()) {
			if (parameter.hasParameterAnnotation(RequestBody.class)
					|| HttpEntity.class.isAssignableFrom(parameter.getParameterType())) {
				ResolvableType body = unwrap(ResolvableType.forMethodParameter(parameter));
				Class<?> raw = body.resolve();
				if (raw != null && raw != Object.class && !notJson(body)) {
					this.bodies.add(new Body(handler, true, body));
				}
			}
		}
		MethodParameter returned = method.getReturnType();
		boolean writesBody = AnnotatedElementUtils.hasAnnotation(method.getBeanType(), ResponseBody.class)
				|| returned.hasMethodAnnotation(ResponseBody.class)
				|| HttpEntity.class.isAssignableFrom(returned.getParameterType());
		if (!writesBody || returned.getParameterType() == void.class) {
			return;
		}
		ResolvableType body = unwrap(ResolvableType.forMethodParameter(returned));
		if (notJson(body)) {
			return;
		}
		if (uncheckable(body)) {
			this.unchecked.add(handler);
		}
		else {
			this.bodies.add(new Body(handler, false, body));
		}
	}

	private ResolvableType unwrap(ResolvableType type) {
		ResolvableType current = type;
		for (int i = 0; i < 8; i++) {
			Class<?> raw = current.resolve();
			if (raw == null) {
				return current;
			}
			ResolvableType inner = null;
			if (HttpEntity.class.isAssignableFrom(raw)) {
				inner = current.as(HttpEntity.class).getGeneric(0);
			}
			else if (raw == Optional.class) {
				inner = current.getGeneric(0);
			}
			else if (CompletionStage.class.isAssignableFrom(raw)) {
				inner = current.as(CompletionStage.class).getGeneric(0);
			}
			else if (Callable.class.isAssignableFrom(raw)) {
				inner = current.as(Callable.class).getGeneric(0);
			}
			else {
				for (Class<?> wrapper : this.wrappers) {
					if (wrapper.isAssignableFrom(raw)) {
						inner = current.as(wrapper).getGeneric(0);
					}
				}
			}
			if (inner == null) {
				return current;
			}
			current = inner;
		}
		return current;
	}

	private boolean notJson(ResolvableType type) {
		Class<?> raw = type.resolve();
		if (raw == null) {
			return false;
		}
		if (raw == void.class || raw == String.class) {
			return true;
		}
		for (Class<?> notJson : this.notJson) {
			if (notJson.isAssignableFrom(raw)) {
				return true;
			}
		}
		return false;
	}

	// Written by the runtime class: Object, a wildcard, or an interface that is neither a container nor a family.
	private static boolean uncheckable(ResolvableType type) {
		Class<?> raw = type.resolve();
		if (raw == null || raw == Object.class) {
			return true;
		}
		if (!raw.isInterface() || Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw)
				|| raw.isSealed()) {
			return false;
		}
		return !MergedAnnotations.from(raw, MergedAnnotations.SearchStrategy.TYPE_HIERARCHY)
			.isPresent("com.fasterxml.jackson.annotation.JsonTypeInfo");
	}

	// Loaded only where Spring MVC is present.
	private static final class Mvc {

		static void collect(ListableBeanFactory beans, HandlerBodies found) {
			for (org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping mapping : beans
				.getBeansOfType(org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping.class)
				.values()) {
				mapping.getHandlerMethods().forEach(found::add);
			}
		}
	}

	// Loaded only where WebFlux is present.
	private static final class WebFlux {

		static void collect(ListableBeanFactory beans, HandlerBodies found) {
			for (org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping mapping : beans
				.getBeansOfType(
						org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping.class)
				.values()) {
				mapping.getHandlerMethods().forEach(found::add);
			}
		}
	}
}
