package io.jsoncore.internal.reflect;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Set;

import io.jsoncore.Inclusion;
import io.jsoncore.PropertyNaming;

/**
 * The Jackson annotations that Spring DTOs already carry, read by their names so that json-core depends on
 * nothing: {@code @JsonProperty} (a name), {@code @JsonIgnore}, {@code @JsonIgnoreProperties(ignoreUnknown)},
 * {@code @JsonInclude(NON_NULL / NON_EMPTY)}, {@code @JsonValue} and {@code @JsonCreator}. Read once, when a
 * class's model is built.
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

	/** Whether {@code @JsonProperty(access = WRITE_ONLY)} makes the property read from JSON but never written. */
	public static boolean writeOnly(AnnotatedElement... elements) {
		return access(elements, "WRITE_ONLY");
	}

	/** Whether {@code @JsonProperty(access = READ_ONLY)} makes the property written but never read from JSON. */
	public static boolean readOnly(AnnotatedElement... elements) {
		return access(elements, "READ_ONLY");
	}

	private static boolean access(AnnotatedElement[] elements, String access) {
		for (AnnotatedElement element : elements) {
			Object value = value(element, "JsonProperty", "access");
			if (value instanceof Enum && ((Enum<?>) value).name().equals(access)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The views {@code @JsonView} puts a property in, from the elements, else from the class that declares it (a
	 * class's view is the default for its properties); {@code null} for none.
	 */
	public static Class<?>[] views(Class<?> owner, AnnotatedElement... elements) {
		for (AnnotatedElement element : elements) {
			Object value = value(element, "JsonView", "value");
			if (value instanceof Class<?>[]) {
				return (Class<?>[]) value;
			}
		}
		Object value = value(owner, "JsonView", "value");
		return value instanceof Class<?>[] ? (Class<?>[]) value : null;
	}

	/**
	 * Whether a property in {@code views} is seen in the active view: one of its views is the active view or a
	 * supertype of it. A property in no view is seen in none, as Jackson 3 has it ({@code DEFAULT_VIEW_INCLUSION}
	 * is off).
	 */
	public static boolean visible(Class<?>[] views, Class<?> active) {
		if (views == null) {
			return false;
		}
		for (Class<?> view : views) {
			if (view.isAssignableFrom(active)) {
				return true;
			}
		}
		return false;
	}

	/** The names {@code @JsonIgnoreProperties({...})} on the class leaves out both ways; empty for none. */
	public static Set<String> ignoredNames(Class<?> type) {
		Object value = value(type, "JsonIgnoreProperties", "value");
		return value instanceof String[] ? Set.of((String[]) value) : Set.of();
	}

	/** The only names {@code @JsonIncludeProperties({...})} on the class keeps both ways, or {@code null}. */
	public static Set<String> includedNames(Class<?> type) {
		Object value = value(type, "JsonIncludeProperties", "value");
		return value instanceof String[] ? Set.of((String[]) value) : null;
	}

	/**
	 * Whether the class's {@code @JsonIgnoreProperties({...})} or {@code @JsonIncludeProperties({...})} leaves out
	 * the property of this Java name or {@code @JsonProperty} name.
	 */
	public static boolean excludedByClass(Class<?> type, String name, String explicitName) {
		Set<String> ignored = ignoredNames(type);
		if (ignored.contains(name) || (explicitName != null && ignored.contains(explicitName))) {
			return true;
		}
		Set<String> included = includedNames(type);
		return included != null && !included.contains(name) && (explicitName == null || !included.contains(explicitName));
	}

	/** {@code @JsonPropertyOrder}'s names, in order (each a Java name or a {@code @JsonProperty} name), or none. */
	public static String[] propertyOrder(Class<?> type) {
		Object value = value(type, "JsonPropertyOrder", "value");
		return value instanceof String[] ? (String[]) value : new String[0];
	}

	/** Whether {@code @JsonPropertyOrder(alphabetic = true)} sorts the properties not listed by name. */
	public static boolean alphabeticOrder(Class<?> type) {
		return Boolean.TRUE.equals(value(type, "JsonPropertyOrder", "alphabetic"));
	}

	/** The other names {@code @JsonAlias} lets a property be read by; empty for none. */
	public static String[] aliases(AnnotatedElement... elements) {
		for (AnnotatedElement element : elements) {
			Object value = value(element, "JsonAlias", "value");
			if (value instanceof String[]) {
				return (String[]) value;
			}
		}
		return new String[0];
	}

	/**
	 * The property a method marked {@code @JsonGetter} or {@code @JsonSetter} ({@code simpleName}) reads or writes:
	 * the annotation's name, else the method's name without {@code get}, {@code is} or {@code set}; {@code null}
	 * where the method is not marked.
	 */
	public static String accessorName(Method method, String simpleName) {
		if (!has(method, simpleName)) {
			return null;
		}
		Object value = value(method, simpleName, "value");
		if (value instanceof String && !((String) value).isEmpty()) {
			return (String) value;
		}
		String name = method.getName();
		for (String prefix : new String[] { "get", "set", "is" }) {
			if (name.length() > prefix.length() && name.startsWith(prefix)) {
				return name.substring(prefix.length(), prefix.length() + 1).toLowerCase(java.util.Locale.ROOT)
						+ name.substring(prefix.length() + 1);
			}
		}
		return name;
	}

	/** What {@code @JsonFormat} on a property asks for: a date-time pattern, or a shape ({@code STRING}). */
	public record Format(String pattern, String shape) {
	}

	/** The property's {@code @JsonFormat}, or {@code null} where it has none that asks for anything. */
	public static Format format(AnnotatedElement... elements) {
		for (AnnotatedElement element : elements) {
			Object pattern = value(element, "JsonFormat", "pattern");
			Object shape = value(element, "JsonFormat", "shape");
			String patternText = pattern instanceof String && !((String) pattern).isEmpty() ? (String) pattern : null;
			String shapeName = shape instanceof Enum && !((Enum<?>) shape).name().equals("ANY") ? ((Enum<?>) shape).name()
					: null;
			if (patternText != null || shapeName != null) {
				return new Format(patternText, shapeName);
			}
		}
		return null;
	}

	/** Whether the method is marked {@code @JsonAnyGetter}: its map's entries are properties, it is not one. */
	public static boolean isAnyGetter(Method method) {
		return has(method, "JsonAnyGetter");
	}

	/** The public method marked {@code @JsonAnyGetter} (no parameters, a {@code Map}), or {@code null}. */
	public static Method anyGetter(Class<?> type) {
		for (Method method : type.getMethods()) {
			if (method.getParameterCount() == 0 && java.util.Map.class.isAssignableFrom(method.getReturnType())
					&& !Modifier.isStatic(method.getModifiers()) && has(method, "JsonAnyGetter")) {
				return method;
			}
		}
		return null;
	}

	/** The public method marked {@code @JsonAnySetter} (a {@code String} name and a value), or {@code null}. */
	public static Method anySetter(Class<?> type) {
		for (Method method : type.getMethods()) {
			if (method.getParameterCount() == 2 && method.getParameterTypes()[0] == String.class
					&& !Modifier.isStatic(method.getModifiers()) && has(method, "JsonAnySetter")) {
				return method;
			}
		}
		return null;
	}

	/** What {@code @JsonUnwrapped} asks: the property's own properties written in its place, named with these. */
	public record Unwrapped(String prefix, String suffix) {

		/** The JSON name of an unwrapped property of this JSON name. */
		public String name(String name) {
			return this.prefix + name + this.suffix;
		}
	}

	/** The property's {@code @JsonUnwrapped} (unless {@code enabled = false}), or {@code null}. */
	public static Unwrapped unwrapped(AnnotatedElement... elements) {
		for (AnnotatedElement element : elements) {
			if (element != null && has(element, "JsonUnwrapped")
					&& !Boolean.FALSE.equals(value(element, "JsonUnwrapped", "enabled"))) {
				Object prefix = value(element, "JsonUnwrapped", "prefix");
				Object suffix = value(element, "JsonUnwrapped", "suffix");
				return new Unwrapped(prefix instanceof String ? (String) prefix : "",
						suffix instanceof String ? (String) suffix : "");
			}
		}
		return null;
	}

	/** The name of {@code @JsonManagedReference} on any of the elements (Jackson's default if unnamed), or {@code null}. */
	public static String managedReference(AnnotatedElement... elements) {
		return reference(elements, "JsonManagedReference");
	}

	/** The name of {@code @JsonBackReference} on any of the elements (Jackson's default if unnamed), or {@code null}. */
	public static String backReference(AnnotatedElement... elements) {
		return reference(elements, "JsonBackReference");
	}

	private static String reference(AnnotatedElement[] elements, String simpleName) {
		for (AnnotatedElement element : elements) {
			Object value = value(element, simpleName, "value");
			if (value instanceof String) {
				return (String) value;
			}
		}
		return null;
	}

	/** Whether {@code @JsonAnySetter} is on any of the elements (a record component's map, in Jackson 2.18 on). */
	public static boolean anySetter(AnnotatedElement... elements) {
		for (AnnotatedElement element : elements) {
			if (element != null && has(element, "JsonAnySetter")) {
				return true;
			}
		}
		return false;
	}

	/** Whether {@code @JsonRawValue} asks for the property's text to be written as it is, as JSON. */
	public static boolean rawValue(AnnotatedElement... elements) {
		for (AnnotatedElement element : elements) {
			if (Boolean.TRUE.equals(value(element, "JsonRawValue", "value"))) {
				return true;
			}
		}
		return false;
	}

	/** Whether {@code @JsonIgnoreType} on the class leaves out every property of this type, both ways. */
	public static boolean ignoredType(Class<?> type) {
		return Boolean.TRUE.equals(value(type, "JsonIgnoreType", "value"));
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

	static Object value(AnnotatedElement element, String simpleName, String attribute) {
		if (element == null) {
			return null;
		}
		for (Annotation annotation : element.getDeclaredAnnotations()) {
			if (annotation.annotationType().getName().equals(PACKAGE + simpleName)) {
				return attribute(annotation, attribute);
			}
		}
		return null;
	}

	/**
	 * The method marked {@code @JsonValue} (no parameters, a result) whose result stands for the whole object, or
	 * {@code null}.
	 */
	public static Method jsonValueMethod(Class<?> type) {
		for (Class<?> current = type; current != null && current != Object.class; current = current.getSuperclass()) {
			for (Method method : current.getDeclaredMethods()) {
				if (method.getParameterCount() == 0 && method.getReturnType() != void.class
						&& !Modifier.isStatic(method.getModifiers())
						&& !Boolean.FALSE.equals(value(method, "JsonValue", "value")) && has(method, "JsonValue")) {
					return method;
				}
			}
		}
		return null;
	}

	/** The constructor or static factory marked {@code @JsonCreator}, or {@code null}. */
	public static Executable creator(Class<?> type) {
		for (Constructor<?> constructor : type.getDeclaredConstructors()) {
			if (has(constructor, "JsonCreator")) {
				return constructor;
			}
		}
		for (Method method : type.getDeclaredMethods()) {
			if (Modifier.isStatic(method.getModifiers()) && has(method, "JsonCreator")
					&& type.isAssignableFrom(method.getReturnType())) {
				return method;
			}
		}
		return null;
	}

	/** Whether {@code @JsonCreator(mode = DELEGATING)} was asked for explicitly. */
	public static boolean delegating(Executable creator) {
		Object mode = value(creator, "JsonCreator", "mode");
		return mode instanceof Enum && ((Enum<?>) mode).name().equals("DELEGATING");
	}

	static boolean has(AnnotatedElement element, String simpleName) {
		for (Annotation annotation : element.getDeclaredAnnotations()) {
			if (annotation.annotationType().getName().equals(PACKAGE + simpleName)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The naming {@code @JsonNaming} (Jackson 2's or Jackson 3's) gives the class's own properties, its strategy
	 * mapped by name, or {@code codec} where the class has none.
	 * @throws IllegalArgumentException for a strategy json-core has no equal of, naming it
	 */
	public static PropertyNaming naming(Class<?> type, PropertyNaming codec) {
		for (Annotation annotation : type.getDeclaredAnnotations()) {
			String name = annotation.annotationType().getName();
			if (!name.equals("com.fasterxml.jackson.databind.annotation.JsonNaming")
					&& !name.equals("tools.jackson.databind.annotation.JsonNaming")) {
				continue;
			}
			Object strategy = attribute(annotation, "value");
			String simple = strategy instanceof Class<?> ? ((Class<?>) strategy).getSimpleName() : "";
			switch (simple) {
				case "SnakeCaseStrategy":
					return PropertyNaming.SNAKE_CASE;
				case "KebabCaseStrategy":
					return PropertyNaming.KEBAB_CASE;
				case "LowerCamelCaseStrategy":
					return PropertyNaming.CAMEL_CASE;
				case "UpperCamelCaseStrategy":
					return PropertyNaming.PASCAL_CASE;
				default:
					throw new IllegalArgumentException("@JsonNaming(" + (strategy instanceof Class<?>
							? ((Class<?>) strategy).getName() : strategy) + ") on " + type.getName()
							+ " is not supported: json-core has SnakeCaseStrategy, KebabCaseStrategy, "
							+ "LowerCamelCaseStrategy and UpperCamelCaseStrategy; name the properties with @JsonProperty");
			}
		}
		return codec;
	}

	/** Whether a databind annotation, Jackson 2's or Jackson 3's, is on the element. */
	static boolean hasDatabind(AnnotatedElement element, String simpleName) {
		for (Annotation annotation : element.getDeclaredAnnotations()) {
			String name = annotation.annotationType().getName();
			if (name.equals("com.fasterxml.jackson.databind.annotation." + simpleName)
					|| name.equals("tools.jackson.databind.annotation." + simpleName)) {
				return true;
			}
		}
		return false;
	}

	/** An attribute of an annotation nested in another ({@code @JsonSubTypes.Type}), or {@code null}. */
	static Object attribute(Annotation annotation, String attribute) {
		try {
			return annotation.annotationType().getMethod(attribute).invoke(annotation);
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			return null;
		}
	}
}
