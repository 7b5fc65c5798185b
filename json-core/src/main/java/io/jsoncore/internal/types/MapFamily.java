package io.jsoncore.internal.types;

import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

import io.jsoncore.internal.bind.ContainerDecoders;
import io.jsoncore.internal.bind.TypeDecoder;
import io.jsoncore.internal.bind.Values;
import io.jsoncore.internal.encode.ValueEncoder;
import io.jsoncore.internal.reflect.Types;

/**
 * Maps, orjson's dicts: a JSON object in iteration order (sorted under {@code SORT_KEYS}, other key types under
 * {@code NON_STR_KEYS}, both in {@code encode.MapKeys}); read back into the declared class, or for an interface
 * into {@code LinkedHashMap}, {@code TreeMap} or {@code ConcurrentHashMap}, each key read by its own family's key
 * parser. Not map keys themselves.
 */
final class MapFamily implements TypeFamily {

	private static final ValueEncoder ENCODER = (out, value, depth) -> out.writeMap((Map<?, ?>) value, depth);

	@Override
	public ValueEncoder encoder(Class<?> type) {
		return Map.class.isAssignableFrom(type) ? ENCODER : null;
	}

	@Override
	public TypeDecoder decoder(Type type, Class<?> raw, Decoders decoders) {
		if (!Map.class.isAssignableFrom(raw)) {
			return null;
		}
		Type keyType = Types.argument(type, 0);
		Type valueType = Types.argument(type, 1);
		return ContainerDecoders.map(Values.describe(type), factory(raw), Values.describe(keyType), keys(keyType),
				Values.describe(valueType), decoders.decoderFor(valueType));
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static Supplier<Map<Object, Object>> factory(Class<?> raw) {
		return (Supplier) Instances.of(raw, "Map, SortedMap or a concrete map class",
				new Instances.Implementation(LinkedHashMap.class, LinkedHashMap::new),
				new Instances.Implementation(TreeMap.class, TreeMap::new),
				new Instances.Implementation(ConcurrentHashMap.class, ConcurrentHashMap::new));
	}

	/** Map keys: JSON strings turned into the key type, as NON_STR_KEYS writes them. */
	private static Function<String, Object> keys(Type keyType) {
		Class<?> raw = Types.raw(keyType);
		if (raw == Object.class) {
			return (key) -> key;
		}
		Function<String, Object> text = TypeFamilies.keyParser(raw);
		if (text != null) {
			return text;
		}
		throw new IllegalArgumentException("Cannot read maps with " + raw.getName()
				+ " keys: use String, an enum, an integer type, UUID or a java.time type");
	}
}
