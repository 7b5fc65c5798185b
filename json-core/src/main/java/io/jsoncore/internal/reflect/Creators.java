package io.jsoncore.internal.reflect;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;

/** Method handles for {@code @JsonCreator} constructors and factories and for {@code @JsonValue} methods. */
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
}
