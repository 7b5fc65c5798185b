package io.jsoncore.internal.types;

import java.lang.invoke.MethodHandle;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;

import io.jsoncore.internal.bind.ContainerDecoders;
import io.jsoncore.internal.bind.TypeDecoder;
import io.jsoncore.internal.bind.Values;
import io.jsoncore.internal.encode.Encoder;
import io.jsoncore.internal.encode.ValueEncoder;
import io.jsoncore.internal.reflect.BeanWriters;
import io.jsoncore.internal.reflect.Types;

/**
 * Collections, orjson's lists: a JSON array in iteration order; read back into the declared class, or for an
 * interface into {@code ArrayList}, {@code LinkedHashSet}, {@code TreeSet} or {@code ArrayDeque}. Not map keys.
 */
final class CollectionFamily implements TypeFamily {

	private static final ValueEncoder ENCODER = (out, value, depth) -> out.writeCollection((Collection<?>) value, depth);

	@Override
	public ValueEncoder encoder(Class<?> type) {
		return Collection.class.isAssignableFrom(type) ? ENCODER : null;
	}

	@Override
	public TypeDecoder decoder(Type type, Class<?> raw, Decoders decoders) {
		if (!Collection.class.isAssignableFrom(raw)) {
			return null;
		}
		Type elementType = Types.argument(type, 0);
		return ContainerDecoders.collection(Values.describe(type), factory(raw), Values.describe(elementType),
				decoders.decoderFor(elementType));
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static Supplier<Collection<Object>> factory(Class<?> raw) {
		if (raw.isInterface() || Modifier.isAbstract(raw.getModifiers())) {
			if (raw.isAssignableFrom(ArrayList.class)) {
				return ArrayList::new;
			}
			if (raw.isAssignableFrom(LinkedHashSet.class)) {
				return LinkedHashSet::new;
			}
			if (raw.isAssignableFrom(TreeSet.class)) {
				return TreeSet::new;
			}
			if (raw.isAssignableFrom(ArrayDeque.class)) {
				return ArrayDeque::new;
			}
			throw new IllegalArgumentException("Cannot read " + raw.getName()
					+ ": declare List, Set, SortedSet, Queue or a concrete collection class instead");
		}
		return (Supplier) instantiator(raw);
	}

	static Supplier<Object> instantiator(Class<?> raw) {
		MethodHandle constructor = BeanWriters.constructor(raw);
		if (constructor == null) {
			throw new IllegalArgumentException("Cannot read " + raw.getName() + ": it has no no-argument constructor");
		}
		return () -> {
			try {
				return constructor.invoke();
			}
			catch (Throwable ex) {
				throw new IllegalStateException("Cannot create " + raw.getName(), ex);
			}
		};
	}

	@Override
	public String keyText(Encoder out, Object key) {
		return null;
	}

	@Override
	public Function<String, Object> keyParser(Class<?> type) {
		return null;
	}
}
