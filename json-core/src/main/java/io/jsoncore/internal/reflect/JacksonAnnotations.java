package io.jsoncore.internal.reflect;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;

import io.jsoncore.Inclusion;

/**
 * The Jackson annotations that Spring DTOs already carry, read by their names so that json-core depends on
 * nothing: {@code @JsonProperty} (a name), {@code @JsonIgnore}, {@code @JsonIgnoreProperties(ignoreUnknown)} and
 * {@code @JsonInclude(NON_NULL / NON_EMPTY)}. Read once, when a class's model is built.
 */
public final class JacksonAnnotations {

	private static final String PACKAGE = "com.fasterxml.jackson.annotation.";

	private JacksonAnnotations() {
	}

	/** The name {@code @JsonProperty("name")} gives, or {@code null}. */
	public static String propertyName(AnnotatedElement... elements) {
		for (AnnotatedElement element : elements) {
			Object value = value(element, "JsonProperty", "value");
			if (value instanceof String && !((String) value).isEmpty()) {
				return (String) value;
			}
		}
		return null;
	}

	/** Whether {@code @JsonIgnore} (with its default {@code true}) is on any of the elements. */
	public static boolean ignored(AnnotatedElement... elements) {
		for (AnnotatedElement element : elements) {
			if (Boolean.TRUE.equals(value(element, "JsonIgnore", "value"))) {
				return true;
			}
		}
		return false;
	}

	/** Whether the class says {@code @JsonIgnoreProperties(ignoreUnknown = true)}. */
	public static boolean ignoresUnknown(Class<?> type) {
		return Boolean.TRUE.equals(value(type, "JsonIgnoreProperties", "ignoreUnknown"));
	}

	/** The inclusion {@code @JsonInclude} asks for, or {@code null} when there is none or it is not one we map. */
	public static Inclusion inclusion(AnnotatedElement... elements) {
		for (AnnotatedElement element : elements) {
			Object value = value(element, "JsonInclude", "value");
			if (value instanceof Enum) {
				switch (((Enum<?>) value).name()) {
					case "NON_NULL":
					case "NON_ABSENT":
						return Inclusion.NON_NULL;
					case "NON_EMPTY":
						return Inclusion.NON_EMPTY;
					case "ALWAYS":
						return Inclusion.ALWAYS;
					default:
						return null;
				}
			}
		}
		return null;
	}

	private static Object value(AnnotatedElement element, String simpleName, String attribute) {
		if (element == null) {
			return null;
		}
		for (Annotation annotation : element.getDeclaredAnnotations()) {
			Class<? extends Annotation> type = annotation.annotationType();
			if (type.getName().equals(PACKAGE + simpleName)) {
				try {
					return type.getMethod(attribute).invoke(annotation);
				}
				catch (ReflectiveOperationException | RuntimeException ex) {
					return null;
				}
			}
		}
		return null;
	}
}
