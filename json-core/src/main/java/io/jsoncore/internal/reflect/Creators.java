package io.jsoncore.internal.reflect;

import java.lang.annotation.Annotation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;

/**
 * The constructors and factories typed reading calls (a {@code @JsonCreator}, or the one constructor of an immutable
 * class), their parameters' property names, and method handles for them and for {@code @JsonValue} methods.
 */
public final class Creators {

	private Creators() {
	}

	/** The creator typed {@code (Object[])Object}, one argument per parameter. */
	public static MethodHandle spread(Executable creator) {
		try {
			creator.setAccessible(true);
		}
		catch (RuntimeException ex) {
			// left to unreflect, which says why where it matters
		}
		try {
			MethodHandle handle = creator instanceof Constructor
					? MethodHandles.lookup().unreflectConstructor((Constructor<?>) creator)
					: MethodHandles.lookup().unreflect((Method) creator);
			int count = creator.getParameterCount();
			return handle.asType(MethodType.genericMethodType(count)).asSpreader(Object[].class, count);
		}
		catch (IllegalAccessException ex) {
			throw new IllegalArgumentException("Cannot call " + creator + ": " + ex.getMessage(), ex);
		}
	}

	/** A {@code @JsonValue} method typed {@code (Object)Object}. */
	public static MethodHandle value(Method method) {
		return Accessors.reader(method);
	}

	/**
	 * The constructor an immutable class is read through, or {@code null} where it has a no-argument constructor
	 * (a bean, read through its setters). Of its constructors, javac's and Kotlin's synthetic ones aside (Kotlin's
	 * default-arguments constructor among them): the one marked {@code @ConstructorProperties}, else the only public
	 * one, else the only one.
	 * @throws IllegalArgumentException where several remain and none is marked, naming the class and what to add
	 */
	public static Constructor<?> immutableConstructor(Class<?> type) {
		List<Constructor<?>> candidates = new ArrayList<>();
		for (Constructor<?> constructor : type.getDeclaredConstructors()) {
			if (constructor.isSynthetic()) {
				continue;
			}
			if (constructor.getParameterCount() == 0) {
				return null;
			}
			if (constructorProperties(constructor) != null) {
				return constructor;
			}
			candidates.add(constructor);
		}
		if (candidates.size() == 1) {
			return candidates.get(0);
		}
		List<Constructor<?>> visible = new ArrayList<>();
		for (Constructor<?> constructor : candidates) {
			if (Modifier.isPublic(constructor.getModifiers())) {
				visible.add(constructor);
			}
		}
		if (visible.size() == 1) {
			return visible.get(0);
		}
		throw new IllegalArgumentException("Cannot read " + type.getName() + ": it has no no-argument constructor and "
				+ candidates.size() + " others, none of them marked; mark the one to read with @JsonCreator");
	}

	/**
	 * The property each parameter of {@code creator} reads, as written in the code ({@code @JsonProperty}'s name,
	 * else {@code @ConstructorProperties}', else the parameter's own name where it was compiled with
	 * {@code -parameters}), each {@code null} where it has none; {@code explicit[i]} says whether {@code @JsonProperty}
	 * named it, so that only the other names follow the naming strategy.
	 */
	public static String[] parameterNames(Executable creator, boolean[] explicit) {
		Parameter[] parameters = creator.getParameters();
		String[] listed = creator instanceof Constructor ? constructorProperties((Constructor<?>) creator) : null;
		String[] names = new String[parameters.length];
		for (int i = 0; i < parameters.length; i++) {
			String annotated = JacksonAnnotations.propertyName(parameters[i]);
			explicit[i] = annotated != null;
			if (annotated != null) {
				names[i] = annotated;
			}
			else if (listed != null && i < listed.length) {
				names[i] = listed[i];
			}
			else if (parameters[i].isNamePresent()) {
				names[i] = parameters[i].getName();
			}
		}
		return names;
	}

	/**
	 * Where the annotations of a creator's parameter that reads property {@code name} may be: the parameter, the
	 * field of that name in {@code owner} or a superclass, and its getter.
	 */
	public static AnnotatedElement[] annotated(Class<?> owner, Parameter parameter, String name) {
		Field field = null;
		for (Class<?> current = owner; current != null && field == null; current = current.getSuperclass()) {
			try {
				field = current.getDeclaredField(name);
			}
			catch (NoSuchFieldException ex) {
				// not declared here: try the superclass
			}
		}
		Method getter = null;
		String suffix = name.isEmpty() ? "" : Character.toUpperCase(name.charAt(0)) + name.substring(1);
		for (String prefix : new String[] { "get", "is" }) {
			try {
				getter = getter != null ? getter : owner.getMethod(prefix + suffix);
			}
			catch (NoSuchMethodException ex) {
				// no getter of this form
			}
		}
		return new AnnotatedElement[] { parameter, field, getter };
	}

	// java.beans.ConstructorProperties, read by name so that json-core needs no java.desktop module.
	private static String[] constructorProperties(Constructor<?> constructor) {
		for (Annotation annotation : constructor.getDeclaredAnnotations()) {
			if (annotation.annotationType().getName().equals("java.beans.ConstructorProperties")) {
				try {
					return (String[]) annotation.annotationType().getMethod("value").invoke(annotation);
				}
				catch (ReflectiveOperationException ex) {
					return null;
				}
			}
		}
		return null;
	}
}
