package io.jsoncore.internal;

import java.lang.invoke.MethodType;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.jsoncore.JsonAdapter;

/**
 * A codec's registered adapters and which one applies to a class. Writing goes by the value's runtime class: the
 * class itself, then its nearest registered superclass, then the first registered interface met walking up from
 * it (each class's interfaces in declaration order, then theirs). Reading goes by the declared type alone. An
 * adapter for a boxed type covers its primitive.
 *
 * <p>What writing resolved is cached here, in the codec: it goes when the codec goes, and never pins a class
 * beyond the codec's life.
 */
public final class Adapters {

	private static final Object NONE = new Object();

	// The classes a generated record writer and the primitive array encoders write without looking them up.
	private static final Class<?>[] SCALARS = { String.class, Integer.class, Long.class, Short.class, Byte.class,
			Double.class, Float.class, Boolean.class, Character.class };

	private final Map<Class<?>, JsonAdapter<?>> registered;

	private final Map<Class<?>, Object> resolved = new ConcurrentHashMap<>();

	// In front of `resolved`: the classes met last, each at one of two slots chosen by its identity hash (so that two
	// classes written in turn rarely evict each other), each slot an immutable pair replaced whole (final fields
	// publish it safely through the race). A hit is two loads and a compare instead of a ConcurrentHashMap lookup,
	// on every value a codec with adapters writes.
	private final Recent[] recent = new Recent[64];

	private static final class Recent {

		final Class<?> type;

		final Object adapter;

		Recent(Class<?> type, Object adapter) {
			this.type = type;
			this.adapter = adapter;
		}
	}

	private final boolean coversScalars;

	/** {@code registered} in the order given; primitives already boxed, Object refused by the builder. */
	public Adapters(Map<Class<?>, JsonAdapter<?>> registered) {
		this.registered = Collections.unmodifiableMap(new LinkedHashMap<>(registered));
		boolean scalars = false;
		for (Class<?> scalar : SCALARS) {
			scalars |= forWrite(scalar) != null;
		}
		this.coversScalars = scalars;
	}

	/** The adapters as registered, for {@code toBuilder}. */
	public Map<Class<?>, JsonAdapter<?>> registered() {
		return this.registered;
	}

	/** Whether an adapter applies to a String or a boxed primitive, which fast paths write without asking. */
	public boolean coversScalars() {
		return this.coversScalars;
	}

	/** The adapter for reading a value declared as {@code type}, or {@code null}. */
	public JsonAdapter<?> forRead(Class<?> type) {
		return this.registered.get(type.isPrimitive() ? box(type) : type);
	}

	/** The adapter for writing a value of runtime class {@code type}, or {@code null}. */
	public JsonAdapter<?> forWrite(Class<?> type) {
		Recent[] table = this.recent;
		int hash = System.identityHashCode(type);
		int first = hash & (table.length - 1);
		Recent recent = table[first];
		if (recent == null || recent.type != type) {
			int second = (hash >>> 6) & (table.length - 1);
			recent = table[second];
			if (recent == null || recent.type != type) {
				Object adapter = this.resolved.get(type);
				if (adapter == null) {
					JsonAdapter<?> found = resolve(type);
					adapter = found != null ? found : NONE;
					this.resolved.putIfAbsent(type, adapter);
				}
				recent = new Recent(type, adapter);
				table[table[first] == null ? first : second] = recent;
			}
		}
		return recent.adapter == NONE ? null : (JsonAdapter<?>) recent.adapter;
	}

	private JsonAdapter<?> resolve(Class<?> type) {
		for (Class<?> current = type; current != null; current = current.getSuperclass()) {
			JsonAdapter<?> adapter = this.registered.get(current);
			if (adapter != null) {
				return adapter;
			}
		}
		ArrayDeque<Class<?>> interfaces = new ArrayDeque<>();
		for (Class<?> current = type; current != null; current = current.getSuperclass()) {
			Collections.addAll(interfaces, current.getInterfaces());
		}
		while (!interfaces.isEmpty()) {
			Class<?> candidate = interfaces.removeFirst();
			JsonAdapter<?> adapter = this.registered.get(candidate);
			if (adapter != null) {
				return adapter;
			}
			Collections.addAll(interfaces, candidate.getInterfaces());
		}
		return null;
	}

	/** The box of a primitive type; any other type as it is. */
	public static Class<?> box(Class<?> type) {
		return MethodType.methodType(type).wrap().returnType();
	}
}
