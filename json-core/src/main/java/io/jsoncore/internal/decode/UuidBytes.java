package io.jsoncore.internal.decode;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.UUID;

/**
 * A UUID read from its 36 canonical characters straight from the input's bytes, without making the {@code String}
 * that {@code UUID.fromString} would parse. Anything else (another length, an escape, a character that is not a hex
 * digit) is left to the text path, which reads the string and says what is wrong with it.
 */
final class UuidBytes {

	/** The quoted canonical form's length: 32 hex digits, 4 hyphens, 2 quotes. */
	static final int QUOTED_LENGTH = 38;

	private static final VarHandle INTS = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

	private static final long ONES = 0x0101_0101_0101_0101L;

	private static final long HIGH_BITS = 0x8080_8080_8080_8080L;

	private static final long LOW_NIBBLES = 0x0F0F_0F0F_0F0F_0F0FL;

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
		// four runs of 8 digits, each converted in one long: the two 4-digit groups in the middle joined up
		long most = hex8((long) Utf8.LONGS.get(s, p + 1));
		long midHigh = hex8(ints(s, p + 10, p + 15));
		long clockNode = hex8(ints(s, p + 20, p + 25));
		long node = hex8((long) Utf8.LONGS.get(s, p + 29));
		if ((most | midHigh | clockNode | node) < 0) {
			return null;
		}
		return new UUID(most << 32 | midHigh, clockNode << 32 | node);
	}

	// 4 bytes from `first` then 4 from `second`, as one little-endian long.
	private static long ints(byte[] s, int first, int second) {
		return ((int) INTS.get(s, first) & 0xFFFF_FFFFL) | (long) (int) INTS.get(s, second) << 32;
	}

	/**
	 * The value of 8 hex digits held as bytes of a little-endian long (the first digit in the lowest byte), or -1
	 * where one is not a hex digit. Eight at a time rather than a table lookup each: the lookups of a UUID's 32
	 * digits took 15% of the typed endpoint's loads (JFR, JDK 17).
	 */
	static long hex8(long bytes) {
		// Each test adds a constant to every byte that carries into the byte's top bit exactly when the byte is at
		// least some value; no byte carries into the next, since none is 0x80 or more once the first test passed.
		long ascii = ~bytes & HIGH_BITS;
		long digit = (bytes + 0x50 * ONES) & ~(bytes + 0x46 * ONES); // '0' (0x30) to '9' (0x39)
		long lower = bytes | 0x20 * ONES; // 'A' to 'F' as 'a' to 'f'
		long letter = (lower + 0x1F * ONES) & ~(lower + 0x19 * ONES); // 'a' (0x61) to 'f' (0x66)
		if ((ascii & (digit | letter)) != HIGH_BITS) {
			return -1;
		}
		// the digit's value: its low nibble, plus 9 for a letter (0x4_ and 0x6_ have bit 6 set, digits do not)
		long values = (bytes & LOW_NIBBLES) + (bytes >>> 6 & ONES) * 9;
		// the first digit into the highest nibble: bytes reversed, then neighbours joined into 8, 16, 32 bits
		values = Long.reverseBytes(values);
		values = (values | values >>> 4) & 0x00FF_00FF_00FF_00FFL;
		values = (values | values >>> 8) & 0x0000_FFFF_0000_FFFFL;
		return (values | values >>> 16) & 0xFFFF_FFFFL;
	}
}
