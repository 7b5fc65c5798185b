package io.jsoncore.internal.types;

import java.lang.invoke.MethodHandle;
import java.lang.reflect.Modifier;
import java.util.function.Supplier;

import io.jsoncore.internal.reflect.BeanWriters;

/**
 * How a container that typed reading fills is made: through the declared class's own no-argument constructor, or,
 * for an interface or an abstract class, the first of the families' usual implementations that it accepts.
 */
final class Instances {

	/** An implementation offered for declared interfaces and abstract classes, with how to make one. */
	record Implementation(Class<?> type, Supplier<Object> make) {
	}

	private Instances() {
	}

	/**
	 * The supplier for {@code declared}.
	 * @throws IllegalArgumentException for an interface or abstract class none of {@code implementations} is, saying
	 * to declare {@code instead}, or for a class with no no-argument constructor
	 */
	static Supplier<Object> of(Class<?> declared, String instead, Implementation... implementations) {
		if (!declared.isInterface() && !Modifier.isAbstract(declared.getModifiers())) {
			return constructor(declared);
		}
		for (Implementation implementation : implementations) {
			if (declared.isAssignableFrom(implementation.type())) {
				return implementation.make();
			}
		}
		throw new IllegalArgumentException("Cannot read " + declared.getName() + ": declare " + instead + " instead");
	}

	private static Supplier<Object> constructor(Class<?> declared) {
		MethodHandle constructor = BeanWriters.constructor(declared);
		if (constructor == null) {
			throw new IllegalArgumentException("Cannot read " + declared.getName() + ": it has no no-argument constructor");
		}
		return () -> {
			try {
				return constructor.invoke();
			}
			catch (Throwable ex) {
				throw new IllegalStateException("Cannot create " + declared.getName(), ex);
			}
		};
	}
}
