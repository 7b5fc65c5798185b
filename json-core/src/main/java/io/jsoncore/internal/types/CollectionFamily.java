package io.jsoncore.internal.types;

import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.TreeSet;
import java.util.function.Supplier;

import io.jsoncore.internal.bind.ContainerDecoders;
import io.jsoncore.internal.bind.TypeDecoder;
import io.jsoncore.internal.bind.Values;
import io.jsoncore.internal.encode.ValueEncoder;
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
		if (raw.isAssignableFrom(ArrayList.class)) {
			// what factory(raw) would make, made at its size
			return ContainerDecoders.arrayList(Values.describe(type), Values.describe(elementType),
					decoders.decoderFor(elementType));
		}
		return ContainerDecoders.collection(Values.describe(type), factory(raw), Values.describe(elementType),
				decoders.decoderFor(elementType));
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static Supplier<Collection<Object>> factory(Class<?> raw) {
		return (Supplier) Instances.of(raw, "List, Set, SortedSet, Queue or a concrete collection class",
				new Instances.Implementation(ArrayList.class, ArrayList::new),
				new Instances.Implementation(LinkedHashSet.class, LinkedHashSet::new),
				new Instances.Implementation(TreeSet.class, TreeSet::new),
				new Instances.Implementation(ArrayDeque.class, ArrayDeque::new));
	}
}
