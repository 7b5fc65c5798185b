package io.jsoncore.internal.decode;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** UTF-8 validation as orjson does before it parses, and the 8-byte reads the decoder's scanners share. */
final class Utf8 {

	static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

	static final long HIGH_BITS = 0x8080808080808080L;

	private Utf8() {
	}

	/**
	 * The {@code n} (0 to 7) bytes from {@code p} as a little-endian word, zero above them: one read of 8 bytes where
	 * the array has them (what lies past the {@code n} is masked off), else a byte at a time at its very end.
	 */
	static long leadingBytes(byte[] bytes, int p, int n) {
		if (p + 8 <= bytes.length) {
			return (long) LONGS.get(bytes, p) & ((1L << (n << 3)) - 1);
		}
		long word = 0;
		for (int i = n - 1; i >= 0; i--) {
			word = word << 8 | (bytes[p + i] & 0xFF);
		}
		return word;
	}

	/**
	 * Whether {@code bytes[0, end)} is well-formed UTF-8 (RFC 3629): no overlong forms, no encoded surrogates,
	 * nothing above U+10FFFF, no truncated sequence.
	 */
	static boolean isValid(byte[] bytes, int end) {
		return isValid(bytes, 0, end);
	}

	/** Whether {@code bytes[from, end)} is well-formed UTF-8 on its own. */
	static boolean isValid(byte[] bytes, int from, int end) {
		int i = from;
		while (i < end) {
			// 8 ASCII bytes at a time: the common case of JSON punctuation and Latin text.
			if (i + 8 <= end && ((long) LONGS.get(bytes, i) & HIGH_BITS) == 0) {
				i += 8;
				continue;
			}
			int b = bytes[i];
			if (b >= 0) {
				i++;
				continue;
			}
			int lead = b & 0xFF;
			if (lead < 0xC2) {
				return false; // a continuation byte first, or an overlong two-byte form
			}
			if (lead < 0xE0) {
				// 110xxxxx 10xxxxxx
				if (i + 1 >= end || !isContinuation(bytes[i + 1])) {
					return false;
				}
				i += 2;
			}
			else if (lead < 0xF0) {
				// 1110xxxx 10xxxxxx 10xxxxxx; E0 needs A0..BF (no overlong), ED needs 80..9F (no surrogates)
				if (i + 2 >= end) {
					return false;
				}
				int second = bytes[i + 1] & 0xFF;
				int min = lead == 0xE0 ? 0xA0 : 0x80;
				int max = lead == 0xED ? 0x9F : 0xBF;
				if (second < min || second > max || !isContinuation(bytes[i + 2])) {
					return false;
				}
				i += 3;
			}
			else if (lead < 0xF5) {
				// 11110xxx and three continuations; F0 needs 90..BF (no overlong), F4 needs 80..8F (<= U+10FFFF)
				if (i + 3 >= end) {
					return false;
				}
				int second = bytes[i + 1] & 0xFF;
				int min = lead == 0xF0 ? 0x90 : 0x80;
				int max = lead == 0xF4 ? 0x8F : 0xBF;
				if (second < min || second > max || !isContinuation(bytes[i + 2]) || !isContinuation(bytes[i + 3])) {
					return false;
				}
				i += 4;
			}
			else {
				return false;
			}
		}
		return true;
	}

	/**
	 * Decodes well-formed UTF-8 {@code bytes[from, end)} into {@code out} (room for {@code end - from} chars) and
	 * returns the count of chars, or -1 where the bytes are not well-formed UTF-8, by the rules of
	 * {@link #isValid(byte[], int, int)}. Unlike {@code new String(bytes, UTF_8)}, which on JDK 17 fills an array of
	 * twice the bytes before copying it to size, it writes each char once, into an array the caller reuses.
	 */
	static int decode(byte[] bytes, int from, int end, char[] out) {
		int n = 0;
		int i = from;
		while (i < end) {
			int b = bytes[i];
			if (b >= 0) {
				out[n++] = (char) b;
				i++;
				continue;
			}
			int lead = b & 0xFF;
			if (lead < 0xC2) {
				return -1; // a continuation byte first, or an overlong two-byte form
			}
			if (lead < 0xE0) {
				// 110xxxxx 10xxxxxx
				if (i + 1 >= end || !isContinuation(bytes[i + 1])) {
					return -1;
				}
				out[n++] = (char) ((lead & 0x1F) << 6 | bytes[i + 1] & 0x3F);
				i += 2;
			}
			else if (lead < 0xF0) {
				// 1110xxxx 10xxxxxx 10xxxxxx; E0 needs A0..BF (no overlong), ED needs 80..9F (no surrogates)
				if (i + 2 >= end) {
					return -1;
				}
				int second = bytes[i + 1] & 0xFF;
				int min = lead == 0xE0 ? 0xA0 : 0x80;
				int max = lead == 0xED ? 0x9F : 0xBF;
				if (second < min || second > max || !isContinuation(bytes[i + 2])) {
					return -1;
				}
				out[n++] = (char) ((lead & 0x0F) << 12 | (second & 0x3F) << 6 | bytes[i + 2] & 0x3F);
				i += 3;
			}
			else if (lead < 0xF5) {
				// 11110xxx and three continuations; F0 needs 90..BF (no overlong), F4 needs 80..8F (<= U+10FFFF)
				if (i + 3 >= end) {
					return -1;
				}
				int second = bytes[i + 1] & 0xFF;
				int min = lead == 0xF0 ? 0x90 : 0x80;
				int max = lead == 0xF4 ? 0x8F : 0xBF;
				if (second < min || second > max || !isContinuation(bytes[i + 2]) || !isContinuation(bytes[i + 3])) {
					return -1;
				}
				int codePoint = (lead & 0x07) << 18 | (second & 0x3F) << 12 | (bytes[i + 2] & 0x3F) << 6
						| bytes[i + 3] & 0x3F;
				out[n++] = Character.highSurrogate(codePoint);
				out[n++] = Character.lowSurrogate(codePoint);
				i += 4;
			}
			else {
				return -1;
			}
		}
		return n;
	}

	private static boolean isContinuation(byte b) {
		return (b & 0xC0) == 0x80;
	}
}
