package io.jsoncore.internal.decode;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Object keys already seen, so that a document of many objects with the same keys does not make a new
 * {@code String} for each: orjson's key cache, direct-mapped, 2048 entries, for keys of up to 64 bytes without
 * escapes. Shared by every thread without a lock: an entry is immutable (final fields, so safely published
 * even through the race), a slot is only ever replaced whole, and a lookup checks the bytes, so the worst a race
 * can do is a miss. Its visible semantics are none: a hit returns an equal String.
 *
 * <p>A key is looked up by its first and last eight bytes (overlapping, or zero-padded when shorter), which for a
 * key of up to 16 bytes are all of it: hashing and comparing them is a few instructions where a byte loop and
 * {@code Arrays.equals} were 18% of twitter's untyped loads.
 */
final class KeyCache {

	static final int MAX_KEY_LENGTH = 64;

	private static final int SLOTS = 2048;

	private static final Entry[] ENTRIES = new Entry[SLOTS];

	private KeyCache() {
	}

	private static final class Entry {

		final long head;

		final long tail;

		final byte[] bytes;

		final String key;

		Entry(long head, long tail, byte[] bytes, String key) {
			this.head = head;
			this.tail = tail;
			this.bytes = bytes;
			this.key = key;
		}
	}

	/**
	 * The key for {@code src[start, end)}, without escapes. Bytes that are not UTF-8 decode with U+FFFD as any string
	 * does, and the parser rejects the key afterwards; caching it does no harm.
	 */
	static String get(byte[] src, int start, int end, boolean ascii) {
		int length = end - start;
		long head;
		long tail;
		if (length >= 8) {
			head = (long) Utf8.LONGS.get(src, start);
			tail = (long) Utf8.LONGS.get(src, end - 8);
		}
		else {
			head = Utf8.leadingBytes(src, start, length);
			tail = 0;
		}
		int slot = slot(head, tail, length);
		Entry entry = ENTRIES[slot];
		if (entry != null && entry.head == head && entry.tail == tail && entry.bytes.length == length
				&& (length <= 16 || Arrays.equals(entry.bytes, 0, length, src, start, end))) {
			return entry.key;
		}
		String key = new String(src, start, length, ascii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
		ENTRIES[slot] = new Entry(head, tail, Arrays.copyOfRange(src, start, end), key);
		return key;
	}

	/**
	 * Mixes all three, so that keys alike at both ends ({@code profile_image_url_https} and
	 * {@code profile_background_image_url_https}, in every twitter user) do not share a slot and evict each other:
	 * the corpora's keys collide about as often as random slots would (twitter 1 of 94, github 3 of 114).
	 */
	static int slot(long head, long tail, int length) {
		long mixed = (head + Long.rotateLeft(tail, 31) + length) * 0x9E3779B97F4A7C15L;
		mixed ^= mixed >>> 29;
		mixed *= 0xC2B2AE3D27D4EB4FL;
		return (int) (mixed >>> 53); // the top 11 bits: SLOTS is 2048
	}
}
