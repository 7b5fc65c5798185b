package io.jsoncore.internal.bind;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import io.jsoncore.internal.decode.JsonParser;

/** Collections, arrays and maps: each element or entry read by the decoder of its type argument. */
public final class ContainerDecoders {

	private ContainerDecoders() {
	}

	/**
	 * A collection of {@code elementType}. A {@code null} element into a collection that rejects nulls (a
	 * {@code Queue} is an {@code ArrayDeque}, a {@code SortedSet} a {@code TreeSet}) is a binding error.
	 */
	public static TypeDecoder collection(String expected, Supplier<Collection<Object>> factory, String elementType,
			TypeDecoder element) {
		return (in) -> {
			if (in.current() != '[') {
				throw Values.mismatch(expected, in);
			}
			Collection<Object> collection = factory.get();
			readElements(in, element, collection, elementType);
			return collection;
		};
	}

	/**
	 * A collection read into an {@code ArrayList} (a {@code List}, {@code Collection} or {@code ArrayList}) of
	 * exactly its size: the elements are gathered in an array the parser reuses at this depth, so a short list does
	 * not carry {@code ArrayList}'s default ten slots and a long one is not copied as it grows.
	 */
	public static TypeDecoder arrayList(String expected, String elementType, TypeDecoder element) {
		return (in) -> {
			if (in.current() != '[') {
				throw Values.mismatch(expected, in);
			}
			int depth = in.depth();
			Object[] elements = in.elements(depth, 0);
			if (elements == null) {
				// the first list of a document: read as any collection, so that a body of one list costs no more
				Collection<Object> list = new ArrayList<>();
				readElements(in, element, list, elementType);
				return list;
			}
			if (!in.beginArray()) {
				return new ArrayList<>();
			}
			int count = 0;
			do {
				Object value;
				try {
					value = element.read(in);
				}
				catch (BindException ex) {
					throw ex.at("[" + count + "]");
				}
				if (count == elements.length) {
					elements = in.elements(depth, count + 1);
				}
				elements[count++] = value;
			}
			while (in.nextElement());
			ArrayList<Object> list = new ArrayList<>(count);
			// left in the array, the elements die with the parser at the end of the call
			for (int i = 0; i < count; i++) {
				list.add(elements[i]);
			}
			return list;
		};
	}

	/** An array of {@code component}, primitive or not. */
	public static TypeDecoder array(String expected, Class<?> component, TypeDecoder element) {
		return (in) -> {
			if (in.current() != '[') {
				throw Values.mismatch(expected, in);
			}
			List<Object> elements = new ArrayList<>();
			readElements(in, element, elements, null);
			Object array = Array.newInstance(component, elements.size());
			for (int i = 0; i < elements.size(); i++) {
				Array.set(array, i, elements.get(i));
			}
			return array;
		};
	}

	private static void readElements(JsonParser in, TypeDecoder element, Collection<Object> into,
			String elementType) {
		if (in.beginArray()) {
			int index = 0;
			do {
				int start = in.position();
				try {
					add(into, element.read(in), elementType, start);
				}
				catch (BindException ex) {
					throw ex.at("[" + index + "]");
				}
				index++;
			}
			while (in.nextElement());
		}
	}

	private static void add(Collection<Object> into, Object value, String elementType, int start) {
		try {
			into.add(value);
		}
		catch (NullPointerException ex) {
			if (value != null) {
				throw ex;
			}
			throw new BindException(elementType, "null", start);
		}
	}

	/**
	 * A map whose keys are JSON strings turned into the key type by {@code keys} (identity for {@code String};
	 * the enums, numbers and UUIDs that NON_STR_KEYS writes).
	 */
	public static TypeDecoder map(String expected, Supplier<Map<Object, Object>> factory, String keyType,
			Function<String, Object> keys, String valueType, TypeDecoder value) {
		return (in) -> {
			if (in.current() != '{') {
				throw Values.mismatch(expected, in);
			}
			Map<Object, Object> map = factory.get();
			if (in.beginObject()) {
				do {
					int keyStart = in.position();
					String name = in.readKey();
					Object key;
					try {
						key = keys.apply(name);
					}
					catch (RuntimeException ex) {
						throw new BindException(keyType + " key", Values.quote(name), keyStart);
					}
					int valueStart = in.position();
					try {
						put(map, key, value.read(in), valueType, valueStart);
					}
					catch (BindException ex) {
						throw ex.at("." + name);
					}
				}
				while (in.nextEntry());
			}
			return map;
		};
	}

	/** As {@link #add}: a {@code null} value into a map that rejects nulls (a {@code ConcurrentMap}). */
	private static void put(Map<Object, Object> map, Object key, Object value, String valueType, int start) {
		try {
			map.put(key, value);
		}
		catch (NullPointerException ex) {
			if (value != null) {
				throw ex;
			}
			throw new BindException(valueType, "null", start);
		}
	}
}
