package io.jsoncore.spring;

import java.lang.annotation.Annotation;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import io.jsoncore.JsonCodec;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.AnnotationUtils;

/**
 * Jackson's {@code @JsonView} on handler methods, read by name so that the starter needs no Jackson: the view of a
 * response (the method's annotation) or of a request body (the parameter's), carried to the codecs in the hints
 * under the key Spring's own Jackson advices and codecs use, and the codec that writes and reads in that view.
 */
final class JsonViews {

	/** The hint that carries the view class, under the name Spring's Jackson support gives it. */
	static final String HINT = "com.fasterxml.jackson.annotation.JsonView";

	private final JsonCodec codec;

	// One codec per view class: views are a handful of the application's classes, so this stays small.
	private final ConcurrentMap<Class<?>, JsonCodec> byView = new ConcurrentHashMap<>();

	JsonViews(JsonCodec codec) {
		this.codec = codec;
	}

	/** The codec for the view the hints name, or the plain one. */
	JsonCodec codec(@Nullable Map<String, Object> hints) {
		if (hints == null || hints.isEmpty() || !(hints.get(HINT) instanceof Class<?> view)) {
			return this.codec;
		}
		return this.byView.computeIfAbsent(view, this.codec::withView);
	}

	/** The hints that carry the view of this handler parameter or return type, or none. */
	static Map<String, Object> hints(@Nullable MethodParameter parameter) {
		Class<?> view = parameter != null ? view(parameter) : null;
		return view != null ? Map.of(HINT, view) : Map.of();
	}

	/** {@link #hints(MethodParameter)} for a WebFlux body type, whose source is the handler's parameter. */
	static Map<String, Object> hints(ResolvableType type) {
		return hints(type.getSource() instanceof MethodParameter parameter ? parameter : null);
	}

	/**
	 * The view of a request body parameter or, for a return type, of the method; {@code null} without one.
	 * @throws IllegalArgumentException for a {@code @JsonView} naming other than one class, as Spring's Jackson
	 * advices do
	 */
	static @Nullable Class<?> view(MethodParameter parameter) {
		Annotation[] annotations = parameter.getParameterIndex() < 0 ? parameter.getMethodAnnotations()
				: parameter.getParameterAnnotations();
		for (Annotation annotation : annotations) {
			if (annotation.annotationType().getName().equals(HINT)) {
				Object value = AnnotationUtils.getValue(annotation);
				if (!(value instanceof Class<?>[] classes) || classes.length != 1) {
					throw new IllegalArgumentException(
							"@JsonView only supported for exactly 1 class argument: " + parameter);
				}
				return classes[0];
			}
		}
		return null;
	}
}
