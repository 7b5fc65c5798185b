package io.jsoncore.internal.decode;

import java.util.Arrays;
import java.util.UUID;

/**
 * A UUID read from its 36 canonical characters straight from the input's bytes, without making the {@code String}
 * that {@code UUID.fromString} would parse. Anything else (another length, an escape, a character that is not a hex
 * digit) is left to the text path, which reads the string and says what is wrong with it.
 */
final class UuidBytes {

	/** The quoted canonical form's length: 32 hex digits, 4 hyphens, 2 quotes. */
	static final int QUOTED_LENGTH = 38;

	private static final byte[] HEX = new byte[256];

	static {
		Arrays.fill(HEX, (byte) -1);
		for (int digit = 0; digit < 10; digit++) {
			HEX['0' + digit] = (byte) digit;
		}
		for (int letter = 0; letter < 6; letter++) {
			HEX['a' + letter] = (byte) (10 + letter);
			HEX['A' + letter] = (byte) (10 + letter);
		}
	}

	private UuidBytes() {
	}

	/**
	 * The UUID quoted at {@code s[p, p + 38)} ({@code s[p]} is the opening quote, and there are 38 bytes), or
	 * {@code null} where those bytes are not one.
	 */
	static UUID read(byte[] s, int p) {
		if (s[p + 37] != '"' || s[p + 9] != '-' || s[p + 14] != '-' || s[p + 19] != '-' || s[p + 24] != '-') {
			return null;
		}
		long most = hex(s, p + 1, 8);
		long mid = hex(s, p + 10, 4);
		long high = hex(s, p + 15, 4);
		long clock = hex(s, p + 20, 4);
		long node = hex(s, p + 25, 12);
		if ((most | mid | high | clock | node) < 0) {
			return null;
		}
		return new UUID(most << 32 | mid << 16 | high, clock << 48 | node);
	}

	// The value of `count` hex digits from s[from], or -1 where one is not a hex digit.
	private static long hex(byte[] s, int from, int count) {
		long value = 0;
		int invalid = 0;
		for (int i = from; i < from + count; i++) {
			int digit = HEX[s[i] & 0xFF];
			invalid |= digit;
			value = value << 4 | (digit & 0xF);
		}
		return invalid < 0 ? -1 : value;
	}
}
