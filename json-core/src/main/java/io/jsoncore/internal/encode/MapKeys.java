package io.jsoncore.internal.encode;

import java.util.Arrays;
import java.util.Map;

import io.jsoncore.internal.Errors;
import io.jsoncore.internal.types.TypeFamilies;

/**
 * Maps written with SORT_KEYS or NON_STR_KEYS: every key is first turned into its JSON string (orjson's
 * NON_STR_KEYS rules), then the entries are written, sorted by code point when asked.
 */
final class MapKeys {

	private MapKeys() {
	}

	static void writeConverted(Encoder out, Map<?, ?> map, int level, boolean sort) {
		boolean nonStrKeys = out.has(Options.NON_STR_KEYS);
		int size = map.size();
		String[] keys = new String[size];
		Object[] values = new Object[size];
		int count = 0;
		for (Map.Entry<?, ?> entry : map.entrySet()) {
			if (count == size) {
				break; // a map that grew while we read it: write what its size promised
			}
			Object key = entry.getKey();
			if (key instanceof String) {
				keys[count] = (String) key;
			}
			else if (nonStrKeys) {
				keys[count] = keyText(out, key);
			}
			else {
				throw Errors.encode(Errors.KEY_MUST_BE_STR);
			}
			values[count++] = entry.getValue();
		}
		Integer[] order = new Integer[count];
		for (int i = 0; i < count; i++) {
			order[i] = i;
		}
		if (sort) {
			Arrays.sort(order, (a, b) -> compareCodePoints(keys[a], keys[b]));
		}
		out.openContainer('{');
		for (int i = 0; i < count; i++) {
			int index = order[i];
			out.beginEntry(i == 0, level);
			out.writeString(keys[index]);
			out.writeColon();
			out.writeValue(values[index], level);
		}
		out.endContainer('}', level);
	}

	/**
	 * Compares by Unicode code point, which is UTF-8 byte order. {@code String.compareTo} compares UTF-16 units
	 * and so puts U+E000..U+FFFF after the supplementary characters.
	 */
	static int compareCodePoints(String a, String b) {
		int length = Math.min(a.length(), b.length());
		for (int i = 0; i < length; i++) {
			char x = a.charAt(i);
			char y = b.charAt(i);
			if (x != y) {
				if (x >= 0xD800 && y >= 0xD800) {
					// Move the surrogates above U+FFFF: D800..DFFF -> F800..FFFF, E000..FFFF -> D800..F7FF.
					x = (char) (x + (x >= 0xE000 ? -0x800 : 0x2000));
					y = (char) (y + (y >= 0xE000 ? -0x800 : 0x2000));
				}
				return x - y;
			}
		}
		return a.length() - b.length();
	}

	/** The JSON string for a non-String key under NON_STR_KEYS. */
	static String keyText(Encoder out, Object key) {
		if (key == null) {
			return "null";
		}
		String text = TypeFamilies.keyText(out, key);
		if (text != null) {
			return text;
		}
		throw Errors.encode(Errors.KEY_TYPE);
	}
}
