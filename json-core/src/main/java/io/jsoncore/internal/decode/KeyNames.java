package io.jsoncore.internal.decode;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The property names one typed object reads, matched against a key's raw bytes in the input, so that a known key
 * costs neither a {@code String} nor a map lookup. Built once per Java type and shared by every thread: nothing
 * in it changes after construction.
 *
 * <p>A name is compared as its UTF-8 bytes followed by the closing quote, a word at a time. Bytes equal to a name's
 * are well-formed UTF-8, so such a key needs no other check. A key with an escape, or a name that JSON would have
 * to escape, is matched by the parser as a {@code String} instead, through {@link #indexOf(String)}.
 */
public final class KeyNames {

	private final String[] names;

	// Per name: its UTF-8 bytes and the closing quote, in little-endian words, the last one zero-padded; null for a
	// name never matched by its bytes (absent, or with a character JSON escapes).
	private final long[][] words;

	// Per name: the byte length of the name without its quote.
	private final int[] lengths;

	// Open addressing over the byte-matched names, by the first word and the length: index + 1, 0 for empty.
	private final int[] table;

	private final int longest;

	private final Map<String, Integer> indexes = new HashMap<>();

	/** {@code names[i]} is the JSON name of property {@code i}, or {@code null} for one never read. */
	public KeyNames(String[] names) {
		this.names = names.clone();
		this.words = new long[names.length][];
		this.lengths = new int[names.length];
		this.table = new int[Integer.highestOneBit(Math.max(1, names.length) * 4 - 1) << 1];
		for (int i = 0; i < names.length; i++) {
			if (names[i] != null) {
				this.indexes.put(names[i], i); // of two properties with one name, the last is read
			}
		}
		int longest = 0;
		for (int i = 0; i < names.length; i++) {
			if (names[i] == null || !plain(names[i]) || this.indexes.get(names[i]) != i) {
				continue;
			}
			byte[] bytes = names[i].getBytes(StandardCharsets.UTF_8);
			this.lengths[i] = bytes.length;
			this.words[i] = quotedWords(bytes);
			longest = Math.max(longest, bytes.length);
			int slot = slot(this.words[i][0], bytes.length);
			while (this.table[slot] != 0) {
				slot = (slot + 1) & (this.table.length - 1);
			}
			this.table[slot] = i + 1;
		}
		this.longest = longest;
	}

	/** How many properties there are, named or not. */
	public int size() {
		return this.names.length;
	}

	/** The JSON name of property {@code index}. */
	public String name(int index) {
		return this.names[index];
	}

	/** The index of the property named {@code key}, or -1. */
	public int indexOf(String key) {
		Integer index = this.indexes.get(key);
		return index != null ? index : -1;
	}

	// The longest byte-matched name: a longer key is none of them.
	int longest() {
		return this.longest;
	}

	int length(int index) {
		return this.lengths[index];
	}

	/**
	 * Whether {@code src} holds name {@code index} and its closing quote from {@code start} (the byte after the
	 * opening quote); {@code end} is the end of input.
	 */
	boolean matches(int index, byte[] src, int start, int end) {
		long[] expected = this.words[index];
		if (expected == null) {
			return false;
		}
		int length = this.lengths[index] + 1;
		if (start + length > end) {
			return false;
		}
		int full = length & ~7;
		for (int i = 0; i < full; i += 8) {
			if ((long) Utf8.LONGS.get(src, start + i) != expected[i >>> 3]) {
				return false;
			}
		}
		int rest = length - full;
		return rest == 0 || Utf8.leadingBytes(src, start + full, rest) == expected[full >>> 3];
	}

	/** The index of the name that {@code src[start, quote)} is, a key without escapes, or -1. */
	int find(byte[] src, int start, int quote, int end) {
		int length = quote - start;
		if (length > this.longest) {
			return -1;
		}
		long first = length + 1 >= 8 ? (long) Utf8.LONGS.get(src, start) : Utf8.leadingBytes(src, start, length + 1);
		int mask = this.table.length - 1;
		for (int slot = slot(first, length);; slot = (slot + 1) & mask) {
			int entry = this.table[slot];
			if (entry == 0) {
				return -1;
			}
			if (this.lengths[entry - 1] == length && matches(entry - 1, src, start, end)) {
				return entry - 1;
			}
		}
	}

	private int slot(long first, int length) {
		long mixed = (first + length) * 0x9E3779B97F4A7C15L;
		return (int) (mixed >>> 40) & (this.table.length - 1);
	}

	private static long[] quotedWords(byte[] name) {
		long[] words = new long[(name.length + 1 + 7) >>> 3];
		for (int i = 0; i <= name.length; i++) {
			long b = i < name.length ? name[i] & 0xFF : '"';
			words[i >>> 3] |= b << ((i & 7) << 3);
		}
		return words;
	}

	// A name JSON writes without escapes, so its bytes in the input are its UTF-8 bytes.
	private static boolean plain(String name) {
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (c < 0x20 || c == '"' || c == '\\' || Character.isSurrogate(c)) {
				return false;
			}
		}
		return true;
	}
}
