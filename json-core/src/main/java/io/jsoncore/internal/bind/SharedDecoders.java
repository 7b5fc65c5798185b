package io.jsoncore.internal.bind;

import java.lang.reflect.Executable;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.GenericDeclaration;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

import io.jsoncore.PropertyNaming;

/**
 * The decoders every codec without adapters shares, for one naming, kept on the types they read rather than in a
 * static map: a class's decoder in a {@link ClassValue} of that class, a generic type's ({@code List<Order>}) in
 * one of the class it names from the most specific class loader ({@code Order}). A class value lives as long as its
 * class, so when an application's class loader is dropped (a DevTools restart, a redeploy) its decoders go with it,
 * and nothing here keeps the loader alive. Types made only of JDK classes, which are never unloaded, share one map.
 */
final class SharedDecoders implements DecoderCache {

	private static final ClassValue<AtomicReferenceArray<TypeDecoder>> BY_CLASS = new ClassValue<>() {
		@Override
		protected AtomicReferenceArray<TypeDecoder> computeValue(Class<?> type) {
			return new AtomicReferenceArray<>(PropertyNaming.values().length);
		}
	};

	private static final ClassValue<Map<Key, TypeDecoder>> BY_ANCHOR = new ClassValue<>() {
		@Override
		protected Map<Key, TypeDecoder> computeValue(Class<?> type) {
			return new ConcurrentHashMap<>();
		}
	};

	private static final Map<Key, TypeDecoder> JDK_TYPES = new ConcurrentHashMap<>();

	private static final ClassLoader PLATFORM = ClassLoader.getPlatformClassLoader();

	private final PropertyNaming naming;

	SharedDecoders(PropertyNaming naming) {
		this.naming = naming;
	}

	@Override
	public TypeDecoder get(Type type) {
		if (type instanceof Class) {
			return BY_CLASS.get((Class<?>) type).get(this.naming.ordinal());
		}
		return mapFor(type).get(new Key(type, this.naming));
	}

	@Override
	public void putIfAbsent(Type type, TypeDecoder decoder) {
		if (type instanceof Class) {
			BY_CLASS.get((Class<?>) type).compareAndSet(this.naming.ordinal(), null, decoder);
		}
		else {
			mapFor(type).putIfAbsent(new Key(type, this.naming), decoder);
		}
	}

	private static Map<Key, TypeDecoder> mapFor(Type type) {
		Class<?> anchor = anchor(type, null);
		return anchor != null ? BY_ANCHOR.get(anchor) : JDK_TYPES;
	}

	/**
	 * Of the classes {@code type} names, the one whose class loader lies deepest (a descendant of the others'), or
	 * {@code null} where all are the JDK's.
	 */
	static Class<?> anchor(Type type, Class<?> best) {
		if (type instanceof Class) {
			Class<?> component = (Class<?>) type;
			while (component.isArray()) {
				component = component.getComponentType();
			}
			ClassLoader loader = component.getClassLoader();
			if (loader == null || loader == PLATFORM) {
				return best;
			}
			return best == null || isAncestor(best.getClassLoader(), loader) ? component : best;
		}
		if (type instanceof ParameterizedType) {
			ParameterizedType parameterized = (ParameterizedType) type;
			best = anchor(parameterized.getRawType(), best);
			if (parameterized.getOwnerType() != null) {
				best = anchor(parameterized.getOwnerType(), best);
			}
			for (Type argument : parameterized.getActualTypeArguments()) {
				best = anchor(argument, best);
			}
			return best;
		}
		if (type instanceof GenericArrayType) {
			return anchor(((GenericArrayType) type).getGenericComponentType(), best);
		}
		if (type instanceof WildcardType) {
			for (Type bound : ((WildcardType) type).getUpperBounds()) {
				best = anchor(bound, best);
			}
			for (Type bound : ((WildcardType) type).getLowerBounds()) {
				best = anchor(bound, best);
			}
		}
		if (type instanceof TypeVariable) {
			// a variable holds on to the class or method that declares it
			GenericDeclaration declaration = ((TypeVariable<?>) type).getGenericDeclaration();
			Class<?> declaring = declaration instanceof Class ? (Class<?>) declaration
					: ((Executable) declaration).getDeclaringClass();
			return anchor(declaring, best);
		}
		return best;
	}

	// Whether `ancestor` is `loader` or one of its parents.
	private static boolean isAncestor(ClassLoader ancestor, ClassLoader loader) {
		for (ClassLoader current = loader; current != null; current = current.getParent()) {
			if (current == ancestor) {
				return true;
			}
		}
		return false;
	}

	private static final class Key {

		final Type type;

		final PropertyNaming naming;

		Key(Type type, PropertyNaming naming) {
			this.type = type;
			this.naming = naming;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Key && ((Key) other).type.equals(this.type) && ((Key) other).naming == this.naming;
		}

		@Override
		public int hashCode() {
			return this.type.hashCode() * 31 + this.naming.hashCode();
		}
	}
}
