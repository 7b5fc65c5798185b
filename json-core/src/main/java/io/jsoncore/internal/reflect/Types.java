package io.jsoncore.internal.reflect;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Generic type resolution, done once when a type's codec is built: the raw class of a type, and the type
 * variables of a generic record or bean replaced by the arguments they were given
 * ({@code Page<Order>}'s {@code List<T> items} is read as {@code List<Order>}).
 */
public final class Types {

	private Types() {
	}

	/** The class behind a type: {@code List} for {@code List<String>}, the bound for a variable or wildcard. */
	public static Class<?> raw(Type type) {
		if (type instanceof Class) {
			return (Class<?>) type;
		}
		if (type instanceof ParameterizedType) {
			return (Class<?>) ((ParameterizedType) type).getRawType();
		}
		if (type instanceof GenericArrayType) {
			return java.lang.reflect.Array.newInstance(raw(((GenericArrayType) type).getGenericComponentType()), 0).getClass();
		}
		if (type instanceof WildcardType) {
			return raw(((WildcardType) type).getUpperBounds()[0]);
		}
		if (type instanceof TypeVariable) {
			return raw(((TypeVariable<?>) type).getBounds()[0]);
		}
		throw new IllegalArgumentException("Unsupported type " + type);
	}

	/** The {@code index}-th type argument of {@code type}, or {@code Object} where the type is raw. */
	public static Type argument(Type type, int index) {
		if (type instanceof ParameterizedType) {
			Type argument = ((ParameterizedType) type).getActualTypeArguments()[index];
			return argument instanceof WildcardType ? ((WildcardType) argument).getUpperBounds()[0] : argument;
		}
		return Object.class;
	}

	/** The component type of an array type. */
	public static Type component(Type type) {
		if (type instanceof GenericArrayType) {
			return ((GenericArrayType) type).getGenericComponentType();
		}
		return raw(type).getComponentType();
	}

	/**
	 * The type variables of {@code owner}'s class and its superclasses, bound to the arguments {@code owner}
	 * gives them (or to their bounds where it gives none).
	 */
	public static Map<TypeVariable<?>, Type> bindings(Type owner) {
		Map<TypeVariable<?>, Type> bindings = new HashMap<>();
		Type current = owner;
		while (current != null && raw(current) != Object.class) {
			Class<?> raw = raw(current);
			TypeVariable<?>[] variables = raw.getTypeParameters();
			for (int i = 0; i < variables.length; i++) {
				Type argument = current instanceof ParameterizedType
						? ((ParameterizedType) current).getActualTypeArguments()[i] : variables[i].getBounds()[0];
				bindings.put(variables[i], resolve(argument, bindings));
			}
			current = raw.getGenericSuperclass();
		}
		return bindings;
	}

	/** {@code type} with every bound variable replaced; unbound variables become their first bound. */
	public static Type resolve(Type type, Map<TypeVariable<?>, Type> bindings) {
		if (type instanceof TypeVariable) {
			Type bound = bindings.get(type);
			return bound != null ? bound : resolve(((TypeVariable<?>) type).getBounds()[0], bindings);
		}
		if (type instanceof WildcardType) {
			return resolve(((WildcardType) type).getUpperBounds()[0], bindings);
		}
		if (type instanceof GenericArrayType) {
			Type component = resolve(((GenericArrayType) type).getGenericComponentType(), bindings);
			return component instanceof Class ? java.lang.reflect.Array.newInstance((Class<?>) component, 0).getClass()
					: new ArrayOf(component);
		}
		if (type instanceof ParameterizedType) {
			ParameterizedType parameterized = (ParameterizedType) type;
			Type[] arguments = parameterized.getActualTypeArguments().clone();
			for (int i = 0; i < arguments.length; i++) {
				arguments[i] = resolve(arguments[i], bindings);
			}
			return new Parameterized((Class<?>) parameterized.getRawType(), parameterized.getOwnerType(), arguments);
		}
		return type;
	}

	/**
	 * {@code member}, a subclass of {@code declared}'s class, with the type arguments {@code declared} gives it:
	 * {@code Ok<Integer>} for {@code Result<Integer>}, where {@code Ok<T> implements Result<T>}. Variables of
	 * {@code member} that {@code declared} does not fix become their bounds, as in a raw type.
	 */
	public static Type subtype(Type declared, Class<?> member) {
		TypeVariable<?>[] variables = member.getTypeParameters();
		if (variables.length == 0) {
			return member;
		}
		Map<TypeVariable<?>, Type> bound = new HashMap<>();
		Type path = member == raw(declared) ? null : supertype(member, raw(declared));
		if (path != null) {
			unify(path, declared, bound);
		}
		else if (declared instanceof ParameterizedType && member == raw(declared)) {
			return declared;
		}
		Type[] arguments = new Type[variables.length];
		for (int i = 0; i < variables.length; i++) {
			arguments[i] = resolve(variables[i], bound);
		}
		return new Parameterized(member, member.getDeclaringClass(), arguments);
	}

	// How from sees its supertype target, in from's own type variables (Result<T> for Ok<T>), or null.
	private static Type supertype(Class<?> from, Class<?> target) {
		List<Type> supertypes = new ArrayList<>(Arrays.asList(from.getGenericInterfaces()));
		if (from.getGenericSuperclass() != null) {
			supertypes.add(0, from.getGenericSuperclass());
		}
		for (Type supertype : supertypes) {
			Class<?> raw = raw(supertype);
			if (!target.isAssignableFrom(raw)) {
				continue;
			}
			if (raw == target) {
				return supertype;
			}
			Type above = supertype(raw, target);
			if (above != null) {
				Map<TypeVariable<?>, Type> given = new HashMap<>();
				TypeVariable<?>[] variables = raw.getTypeParameters();
				for (int i = 0; i < variables.length && supertype instanceof ParameterizedType; i++) {
					given.put(variables[i], ((ParameterizedType) supertype).getActualTypeArguments()[i]);
				}
				return substitute(above, given);
			}
		}
		return null;
	}

	// type with the variables in given replaced, and every other variable kept.
	private static Type substitute(Type type, Map<TypeVariable<?>, Type> given) {
		if (type instanceof TypeVariable) {
			return given.getOrDefault(type, type);
		}
		if (type instanceof ParameterizedType) {
			ParameterizedType parameterized = (ParameterizedType) type;
			Type[] arguments = parameterized.getActualTypeArguments();
			for (int i = 0; i < arguments.length; i++) {
				arguments[i] = substitute(arguments[i], given);
			}
			return new Parameterized((Class<?>) parameterized.getRawType(), parameterized.getOwnerType(), arguments);
		}
		if (type instanceof GenericArrayType) {
			return new ArrayOf(substitute(((GenericArrayType) type).getGenericComponentType(), given));
		}
		return type;
	}

	// Binds the variables of pattern to the parts of actual that stand where they stand.
	private static void unify(Type pattern, Type actual, Map<TypeVariable<?>, Type> bound) {
		if (actual instanceof WildcardType) {
			actual = ((WildcardType) actual).getUpperBounds()[0];
		}
		if (pattern instanceof TypeVariable) {
			bound.putIfAbsent((TypeVariable<?>) pattern, actual);
		}
		else if (pattern instanceof ParameterizedType && actual instanceof ParameterizedType) {
			Type[] patterns = ((ParameterizedType) pattern).getActualTypeArguments();
			Type[] actuals = ((ParameterizedType) actual).getActualTypeArguments();
			for (int i = 0; i < patterns.length && i < actuals.length; i++) {
				unify(patterns[i], actuals[i], bound);
			}
		}
		else if (pattern instanceof GenericArrayType && actual instanceof GenericArrayType) {
			unify(((GenericArrayType) pattern).getGenericComponentType(),
					((GenericArrayType) actual).getGenericComponentType(), bound);
		}
	}

	/** A parameterized type made by resolution; equal to the JDK's own for the same raw type and arguments. */
	static final class Parameterized implements ParameterizedType {

		private final Class<?> raw;

		private final Type owner;

		private final Type[] arguments;

		Parameterized(Class<?> raw, Type owner, Type[] arguments) {
			this.raw = raw;
			this.owner = owner;
			this.arguments = arguments;
		}

		@Override
		public Type[] getActualTypeArguments() {
			return this.arguments.clone();
		}

		@Override
		public Type getRawType() {
			return this.raw;
		}

		@Override
		public Type getOwnerType() {
			return this.owner;
		}

		@Override
		public boolean equals(Object other) {
			if (!(other instanceof ParameterizedType)) {
				return false;
			}
			ParameterizedType that = (ParameterizedType) other;
			return this.raw.equals(that.getRawType()) && Objects.equals(this.owner, that.getOwnerType())
					&& Arrays.equals(this.arguments, that.getActualTypeArguments());
		}

		@Override
		public int hashCode() {
			// The JDK's formula, so that both kinds meet in one hash map.
			return Arrays.hashCode(this.arguments) ^ Objects.hashCode(this.owner) ^ this.raw.hashCode();
		}

		@Override
		public String getTypeName() {
			StringBuilder name = new StringBuilder(this.raw.getTypeName()).append('<');
			for (int i = 0; i < this.arguments.length; i++) {
				name.append(i == 0 ? "" : ", ").append(this.arguments[i].getTypeName());
			}
			return name.append('>').toString();
		}

		@Override
		public String toString() {
			return getTypeName();
		}
	}

	/** A generic array type made by resolution. */
	static final class ArrayOf implements GenericArrayType {

		private final Type component;

		ArrayOf(Type component) {
			this.component = component;
		}

		@Override
		public Type getGenericComponentType() {
			return this.component;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof GenericArrayType
					&& this.component.equals(((GenericArrayType) other).getGenericComponentType());
		}

		@Override
		public int hashCode() {
			return this.component.hashCode();
		}

		@Override
		public String toString() {
			return this.component.getTypeName() + "[]";
		}
	}
}
