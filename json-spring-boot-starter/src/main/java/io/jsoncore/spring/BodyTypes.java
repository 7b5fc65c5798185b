package io.jsoncore.spring;

import java.lang.reflect.Type;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.core.GenericTypeResolver;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;

/** The type a request body is read as, in both stacks. */
final class BodyTypes {

	private BodyTypes() {
	}

	/**
	 * A generic parameter of a generic controller ({@code @RequestBody T} in a base class) resolved against the
	 * controller class, as Jackson's converter and codecs do.
	 */
	static Type resolve(ResolvableType type, @Nullable Map<String, Object> hints) {
		Class<?> contextClass = null;
		if (type.getSource() instanceof MethodParameter parameter) {
			contextClass = parameter.getContainingClass();
		}
		else if (hints != null && hints.get("contextClass") instanceof Class<?> hinted) {
			contextClass = hinted;
		}
		return GenericTypeResolver.resolveType(type.getType(), contextClass);
	}
}
