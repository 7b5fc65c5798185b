package io.jsoncore.internal.reflect;

import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.function.Function;

import io.jsoncore.Fragment;

/**
 * Turns reflective members into readers, once per member: a method handle each, which needs no class generated
 * at run time and so works everywhere (a GraalVM native image included). {@code -Djsoncore.accessors=lambda}
 * spins a {@code LambdaMetafactory} class per getter instead, falling back to the method handle where no class
 * can be spun; measured on the typed twitter and citm_catalog dumps (JMH, 2 forks x 5 x 1 s, run twice in each
 * order) the two were within the noise of each other (method handles 588-744 and 329-405 ops/s, lambdas 644-770
 * and 327-351), so the default is the path that costs no metaspace per property.
 */
public final class Accessors {

	private static final MethodType READER = MethodType.methodType(Object.class, Object.class);

	private static final boolean LAMBDAS = "lambda".equals(System.getProperty("jsoncore.accessors"));

	private Accessors() {
	}

	/** A reader for a getter: a method handle, or a spun lambda where asked for and possible. */
	static Function<Object, Object> function(Method getter) {
		if (LAMBDAS) {
			try {
				return lambda(getter);
			}
			catch (Throwable ex) {
				// no class could be spun here: method handles need none
			}
		}
		return function(reader(getter));
	}

	/**
	 * A reader for a {@code @JsonRawValue} property: its text, as a {@link Fragment}, written as it is. The text is
	 * the property's, so it must be JSON: nothing checks it, as in Jackson.
	 */
	static Function<Object, Object> raw(Function<Object, Object> reader) {
		return (instance) -> {
			Object value = reader.apply(instance);
			return value == null ? null : new Fragment(value.toString());
		};
	}

	/** The reader of the class's {@code @JsonAnyGetter} map, or {@code null} where it has none. */
	public static Function<Object, Object> anyGetter(Class<?> type) {
		Method method = JacksonAnnotations.anyGetter(type);
		return method != null ? function(method) : null;
	}

	/** The class's {@code @JsonAnySetter}, typed {@code (Object, String, Object)void}, or {@code null}. */
	public static MethodHandle anySetter(Class<?> type) {
		Method method = JacksonAnnotations.anySetter(type);
		if (method == null) {
			return null;
		}
		makeAccessible(method);
		try {
			return MethodHandles.lookup().unreflect(method)
				.asType(MethodType.methodType(void.class, Object.class, String.class, Object.class));
		}
		catch (IllegalAccessException ex) {
			throw new IllegalArgumentException("Cannot read " + type.getName() + ": " + ex.getMessage(), ex);
		}
	}

	/** A reader for a field, through its method handle. */
	static Function<Object, Object> function(Field field) {
		return function(reader(field));
	}

	@SuppressWarnings("unchecked")
	private static Function<Object, Object> lambda(Method getter) throws Throwable {
		Class<?> owner = getter.getDeclaringClass();
		MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(owner, MethodHandles.lookup());
		MethodHandle target = lookup.unreflect(getter);
		Class<?> result = MethodType.methodType(getter.getReturnType()).wrap().returnType();
		CallSite site = LambdaMetafactory.metafactory(lookup, "apply", MethodType.methodType(Function.class),
				READER, target, MethodType.methodType(result, owner));
		return (Function<Object, Object>) site.getTarget().invokeExact();
	}

	private static Function<Object, Object> function(MethodHandle reader) {
		return (instance) -> {
			try {
				return (Object) reader.invokeExact(instance);
			}
			catch (RuntimeException | Error ex) {
				throw ex;
			}
			catch (Throwable ex) {
				throw new UndeclaredThrowableException(ex);
			}
		};
	}

	static MethodHandle reader(Method method) {
		makeAccessible(method);
		try {
			return MethodHandles.lookup().unreflect(method).asType(READER);
		}
		catch (IllegalAccessException ex) {
			throw new IllegalStateException("Cannot read " + method + ": " + ex.getMessage(), ex);
		}
	}

	static MethodHandle reader(Field field) {
		makeAccessible(field);
		try {
			return MethodHandles.lookup().unreflectGetter(field).asType(READER);
		}
		catch (IllegalAccessException ex) {
			throw new IllegalStateException("Cannot read " + field + ": " + ex.getMessage(), ex);
		}
	}

	// Public members of a non-public class, and record accessors of non-public records, need this on the class
	// path; in a named module that does not open its package it fails and unreflect reports why.
	private static void makeAccessible(AccessibleObject member) {
		try {
			member.setAccessible(true);
		}
		catch (RuntimeException ex) {
			// InaccessibleObjectException: leave it to unreflect, which works for public members of exported types.
		}
	}
}
