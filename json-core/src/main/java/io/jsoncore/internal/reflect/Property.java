package io.jsoncore.internal.reflect;

import java.lang.invoke.MethodHandle;
import java.lang.reflect.Type;

/**
 * One JSON property of a record or bean: its name, its declared type and a handle that reads it, typed
 * {@code (Object)Object} so every reader is called the same way.
 */
public final class Property {

	private final String name;

	private final Type type;

	private final MethodHandle reader;

	Property(String name, Type type, MethodHandle reader) {
		this.name = name;
		this.type = type;
		this.reader = reader;
	}

	public String name() {
		return this.name;
	}

	public Type type() {
		return this.type;
	}

	/** {@code (Object)Object}: call as {@code (Object) reader.invokeExact(instance)}. */
	public MethodHandle reader() {
		return this.reader;
	}
}
