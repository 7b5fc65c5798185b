package io.jsoncore.internal.reflect;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Field;
import java.lang.reflect.Method;

/** Turns reflective members into {@code (Object)Object} method handles, once per member. */
final class Accessors {

	private static final MethodType READER = MethodType.methodType(Object.class, Object.class);

	private Accessors() {
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
