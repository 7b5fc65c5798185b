package io.jsoncore.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.jsoncore.JsonAdapter;
import io.jsoncore.JsonReader;
import io.jsoncore.JsonWriter;

/**
 * An adapter that reads any JSON value through {@link JsonReader}'s tokens into the untyped tree {@code loads}
 * builds, and writes such a tree back through {@link JsonWriter}'s calls: every method of both views, driven by
 * whatever the fuzzer makes.
 */
final class TreeAdapter implements JsonAdapter<TreeAdapter.Tree> {

	/** The tree an adapter read, as its own type so that the codec hands it to this adapter. */
	record Tree(Object value) {
	}

	@Override
	public void write(JsonWriter writer, Tree tree) {
		writeTree(writer, tree.value());
	}

	private static void writeTree(JsonWriter writer, Object value) {
		if (value instanceof Map<?, ?> map) {
			writer.beginObject();
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				writer.name((String) entry.getKey());
				writeTree(writer, entry.getValue());
			}
			writer.endObject();
		}
		else if (value instanceof List<?> list) {
			writer.beginArray();
			for (Object element : list) {
				writeTree(writer, element);
			}
			writer.endArray();
		}
		else if (value instanceof String text) {
			writer.value(text);
		}
		else if (value instanceof Long number) {
			writer.value(number.longValue());
		}
		else if (value instanceof Double number) {
			writer.value(number.doubleValue());
		}
		else if (value instanceof Boolean flag) {
			writer.value(flag.booleanValue());
		}
		else if (value == null) {
			writer.nullValue();
		}
		else {
			writer.value(value); // a BigInteger, through the codec
		}
	}

	@Override
	public Tree read(JsonReader reader) {
		return new Tree(readValue(reader));
	}

	private static Object readValue(JsonReader reader) {
		switch (reader.peek()) {
			case BEGIN_OBJECT: {
				Map<String, Object> map = new LinkedHashMap<>();
				reader.beginObject();
				while (reader.hasNext()) {
					String name = reader.nextName();
					map.put(name, readValue(reader));
				}
				reader.endObject();
				return map;
			}
			case BEGIN_ARRAY: {
				List<Object> list = new ArrayList<>();
				reader.beginArray();
				while (reader.hasNext()) {
					list.add(readValue(reader));
				}
				reader.endArray();
				return list;
			}
			case STRING:
				return reader.nextString();
			case NUMBER:
				return reader.read(Object.class);
			case BOOLEAN:
				return reader.nextBoolean();
			case NULL:
				reader.nextNull();
				return null;
			default:
				throw new AssertionError("peek() inside a value gave " + reader.peek());
		}
	}
}
