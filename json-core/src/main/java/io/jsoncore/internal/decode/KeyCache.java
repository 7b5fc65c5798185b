package io.jsoncore.internal.decode;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Object keys already seen, so that a document of many objects with the same keys does not make a new
 * {@code String} for each: orjson's key cache, direct-mapped, 2048 entries, for keys of up to 64 bytes without
 * escapes. Shared by every thread without a lock: an entry is immutable (final fields, so safely published
 * even through the race), a slot is only ever replaced whole, and a lookup checks the bytes, so the worst a race
 * can do is a miss. Its visible semantics are none: a hit returns an equal String.
 */
final class KeyCache {

	static final int MAX_KEY_LENGTH = 64;

	private static final int SLOTS = 2048;

	private static final Entry[] ENTRIES = new Entry[SLOTS];

	private KeyCache() {
	}

	private static final class Entry {

		final byte[] bytes;

		final String key;

		Entry(byte[] bytes, String key) {
			this.bytes = bytes;
			this.key = key;
		}
	}

	/** The key for {@code src[start, end)}, valid UTF-8 without escapes; {@code hash} mixes its bytes. */
	static String get(byte[] src, int start, int end, int hash, boolean ascii) {
		int slot = (hash ^ hash >>> 16) & (SLOTS - 1);
		Entry entry = ENTRIES[slot];
		if (entry != null && Arrays.equals(entry.bytes, 0, entry.bytes.length, src, start, end)) {
			return entry.key;
		}
		String key = new String(src, start, end - start, ascii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
		ENTRIES[slot] = new Entry(Arrays.copyOfRange(src, start, end), key);
		return key;
	}
}
