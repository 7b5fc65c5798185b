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
final class ContainerDecoders {

	private ContainerDecoders() {
	}

	static TypeDecoder collection(String expected, Supplier<Collection<Object>> factory, TypeDecoder element) {
		return (in) -> {
			if (in.current() != '[') {
				throw Values.mismatch(expected, in);
			}
			Collection<Object> collection = factory.get();
			readElements(in, element, collection);
			return collection;
		};
	}

	/** An array of {@code component}, primitive or not. */
	static TypeDecoder array(String expected, Class<?> component, TypeDecoder element) {
		return (in) -> {
			if (in.current() != '[') {
				throw Values.mismatch(expected, in);
			}
			List<Object> elements = new ArrayList<>();
			readElements(in, element, elements);
			Object array = Array.newInstance(component, elements.size());
			for (int i = 0; i < elements.size(); i++) {
				Array.set(array, i, elements.get(i));
			}
			return array;
		};
	}

	private static void readElements(JsonParser in, TypeDecoder element, Collection<Object> into) {
		if (in.beginArray()) {
			int index = 0;
			do {
				try {
					into.add(element.read(in));
				}
				catch (BindException ex) {
					throw ex.at("[" + index + "]");
				}
				index++;
			}
			while (in.nextElement());
		}
	}

	/**
	 * A map whose keys are JSON strings turned into the key type by {@code keys} (identity for {@code String};
	 * the enums, numbers and UUIDs that NON_STR_KEYS writes).
	 */
	static TypeDecoder map(String expected, Supplier<Map<Object, Object>> factory, String keyType,
			Function<String, Object> keys, TypeDecoder value) {
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
					try {
						map.put(key, value.read(in));
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
}
