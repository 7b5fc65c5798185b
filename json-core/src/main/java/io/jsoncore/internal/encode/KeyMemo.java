package io.jsoncore.internal.encode;

import java.util.Arrays;

/**
 * The encoded form of map keys an encoder has met more than once: a map's keys are mostly the same String
 * instances from object to object (the parser's key cache makes them so), and copying {@code "name"} is cheaper
 * than encoding it char by char again. Direct-mapped by the String's own (cached) hash, matched by identity, so a
 * hit is always the same text. A key is remembered on its first sighting and encoded on its second, so maps of
 * unique keys cost no allocation. Bounded: {@link #SLOTS} short keys per encoder, and encoders are pooled.
 */
final class KeyMemo {

	static final int MAX_KEY_LENGTH = 32;

	private static final int SLOTS = 256;

	private final String[] keys = new String[SLOTS];

	private final byte[][] quoted = new byte[SLOTS][];

	/** The {@code "key"} bytes written for this very String before, or {@code null}. */
	byte[] lookup(String key) {
		int slot = key.hashCode() & (SLOTS - 1);
		if (this.keys[slot] == key) {
			return this.quoted[slot];
		}
		return null;
	}

	/** Notes a key just written as {@code buf[from, to)}: the first time its String, the second time its bytes. */
	void written(String key, byte[] buf, int from, int to) {
		int slot = key.hashCode() & (SLOTS - 1);
		if (this.keys[slot] == key) {
			this.quoted[slot] = Arrays.copyOfRange(buf, from, to);
		}
		else {
			this.keys[slot] = key;
			this.quoted[slot] = null;
		}
	}
}
