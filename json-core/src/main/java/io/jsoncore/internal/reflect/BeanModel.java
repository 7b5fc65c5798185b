package io.jsoncore.internal.reflect;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A JavaBean's JSON properties: public getters ({@code getX()}, and {@code isX()} returning a boolean) and
 * public instance fields. They come in field declaration order, superclass first, then getter-only properties
 * by name, so the output is the same on every JVM. A property with both a getter and a public field is read
 * through the getter.
 */
public final class BeanModel {

	private BeanModel() {
	}

	/**
	 * Whether jsoncore writes instances of {@code type} as beans: it is not a JDK type and has at least one
	 * public getter or public instance field.
	 */
	public static boolean isBean(Class<?> type) {
		if (isJdkType(type) || type.isInterface() || type.isArray() || type.isPrimitive()) {
			return false;
		}
		for (Field field : type.getFields()) {
			if (isPropertyField(field)) {
				return true;
			}
		}
		for (Method method : type.getMethods()) {
			if (propertyName(method) != null) {
				return true;
			}
		}
		return false;
	}

	public static boolean isJdkType(Class<?> type) {
		String name = type.getName();
		return name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jdk.")
				|| name.startsWith("sun.") || name.startsWith("com.sun.");
	}

	public static List<Property> properties(Class<?> beanType) {
		Map<String, Method> getters = new TreeMap<>();
		for (Method method : beanType.getMethods()) {
			String name = propertyName(method);
			if (name != null) {
				Method existing = getters.get(name);
				if (existing == null || preferred(method, existing)) {
					getters.put(name, method);
				}
			}
		}
		Map<String, Field> publicFields = new LinkedHashMap<>();
		for (Field field : beanType.getFields()) {
			if (isPropertyField(field)) {
				publicFields.putIfAbsent(field.getName(), field);
			}
		}
		List<Property> properties = new ArrayList<>();
		for (Class<?> type : hierarchy(beanType)) {
			for (Field field : type.getDeclaredFields()) {
				String name = field.getName();
				if (Modifier.isStatic(field.getModifiers()) || contains(properties, name)) {
					continue;
				}
				Method getter = getters.remove(name);
				Field publicField = publicFields.remove(name);
				AnnotatedElement[] annotated = { getter, field, setter(beanType, name) };
				if (!written(annotated)) {
					continue;
				}
				if (getter != null) {
					properties.add(property(beanType, name, getter, annotated));
				}
				else if (publicField != null) {
					Function<Object, Object> reader = Accessors.function(publicField);
					properties.add(new Property(name, publicField.getGenericType(),
							JacksonAnnotations.rawValue(annotated) ? Accessors.raw(reader) : reader,
							JacksonAnnotations.propertyName(annotated), JacksonAnnotations.inclusion(annotated), null,
							JacksonAnnotations.views(beanType, annotated), JacksonAnnotations.format(annotated),
							JacksonAnnotations.unwrapped(annotated)));
				}
			}
		}
		for (Map.Entry<String, Method> getter : getters.entrySet()) {
			AnnotatedElement[] annotated = { getter.getValue(), setter(beanType, getter.getKey()) };
			if (written(annotated)) {
				properties.add(property(beanType, getter.getKey(), getter.getValue(), annotated));
			}
		}
		return ClassAnnotations.apply(beanType, properties);
	}

	// Not @JsonIgnore, not WRITE_ONLY, and not a @JsonBackReference: the parent it points to is written around it.
	static boolean written(AnnotatedElement... annotated) {
		return !JacksonAnnotations.ignored(annotated) && !JacksonAnnotations.writeOnly(annotated)
				&& JacksonAnnotations.backReference(annotated) == null;
	}

	// getX() wins over isX() for the same name, and a method over a bridge to it
	private static boolean preferred(Method method, Method existing) {
		if (method.getName().equals(existing.getName())) {
			return existing.isBridge() && !method.isBridge();
		}
		return existing.getName().startsWith("is");
	}

	private static Property property(Class<?> beanType, String name, Method getter, AnnotatedElement[] annotated) {
		Type type = getter.getGenericReturnType();
		Function<Object, Object> reader = Accessors.function(getter);
		if (JacksonAnnotations.rawValue(annotated)) {
			reader = Accessors.raw(reader);
		}
		return new Property(name, type, reader, JacksonAnnotations.propertyName(annotated),
				JacksonAnnotations.inclusion(annotated), null, JacksonAnnotations.views(beanType, annotated),
				JacksonAnnotations.format(annotated), JacksonAnnotations.unwrapped(annotated));
	}

	/** The public one-argument {@code setX} of a property, or {@code null}. */
	static Method setter(Class<?> beanType, String property) {
		String name = "set" + Character.toUpperCase(property.charAt(0)) + property.substring(1);
		for (Method method : beanType.getMethods()) {
			if (method.getName().equals(name) && method.getParameterCount() == 1 && !Modifier.isStatic(method.getModifiers())) {
				return method;
			}
		}
		return null;
	}

	private static boolean contains(List<Property> properties, String name) {
		for (Property property : properties) {
			if (property.name().equals(name)) {
				return true;
			}
		}
		return false;
	}

	// Superclass first, stopping below java.lang.Object.
	private static List<Class<?>> hierarchy(Class<?> type) {
		List<Class<?>> types = new ArrayList<>();
		for (Class<?> current = type; current != null && current != Object.class; current = current.getSuperclass()) {
			types.add(0, current);
		}
		return types;
	}

	private static boolean isPropertyField(Field field) {
		int modifiers = field.getModifiers();
		return !Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers);
	}

	/**
	 * The property a public method reads, or {@code null} when it is not a getter. A bridge counts: javac makes one
	 * in a public class for each public method it inherits from a package-private one (Spring Data's
	 * {@code PageImpl} has {@code getContent()} from {@code Chunk} only so), and where a bridge stands for a
	 * covariant override, {@link #properties} takes the override.
	 */
	static String propertyName(Method method) {
		if (Modifier.isStatic(method.getModifiers()) || method.getParameterCount() != 0
				|| (method.isSynthetic() && !method.isBridge()) || method.getDeclaringClass() == Object.class) {
			return null;
		}
		String name = method.getName();
		Class<?> returnType = method.getReturnType();
		if (JacksonAnnotations.isAnyGetter(method)) {
			return null;
		}
		String marked = returnType != void.class ? JacksonAnnotations.accessorName(method, "JsonGetter") : null;
		if (marked != null) {
			return marked;
		}
		if (name.length() > 3 && name.startsWith("get") && returnType != void.class) {
			return decapitalize(name.substring(3));
		}
		if (name.length() > 2 && name.startsWith("is") && (returnType == boolean.class || returnType == Boolean.class)) {
			return decapitalize(name.substring(2));
		}
		return null;
	}

	// The JavaBeans rule: "URL" stays "URL", "FooBar" becomes "fooBar".
	static String decapitalize(String name) {
		if (name.length() > 1 && Character.isUpperCase(name.charAt(0)) && Character.isUpperCase(name.charAt(1))) {
			return name;
		}
		return Character.toLowerCase(name.charAt(0)) + name.substring(1);
	}
}
