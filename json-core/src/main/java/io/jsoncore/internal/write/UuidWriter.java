package io.jsoncore.internal.write;

/** A UUID in canonical form, lower-case hex with dashes ({@code 8-4-4-4-12}), at a position of a {@code byte[]}. */
public final class UuidWriter {

	public static final int LENGTH = 36;

	private static final byte[] HEX = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

	private UuidWriter() {
	}

	public static int writeUuid(byte[] buf, int pos, long mostSignificant, long leastSignificant) {
		pos = writeHex(buf, pos, mostSignificant >>> 32, 8);
		buf[pos++] = '-';
		pos = writeHex(buf, pos, mostSignificant >>> 16, 4);
		buf[pos++] = '-';
		pos = writeHex(buf, pos, mostSignificant, 4);
		buf[pos++] = '-';
		pos = writeHex(buf, pos, leastSignificant >>> 48, 4);
		buf[pos++] = '-';
		return writeHex(buf, pos, leastSignificant, 12);
	}

	// Writes the low `digits` nibbles of value, most significant first.
	private static int writeHex(byte[] buf, int pos, long value, int digits) {
		for (int i = digits - 1; i >= 0; i--) {
			buf[pos + i] = HEX[(int) value & 0xF];
			value >>>= 4;
		}
		return pos + digits;
	}
}
