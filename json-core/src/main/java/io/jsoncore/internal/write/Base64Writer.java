package io.jsoncore.internal.write;

/** RFC 4648 Base64 with padding, the text every Java JSON library writes for a {@code byte[]}. */
public final class Base64Writer {

	private static final byte[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
		.getBytes(java.nio.charset.StandardCharsets.US_ASCII);

	private Base64Writer() {
	}

	public static int encodedLength(int length) {
		return ((length + 2) / 3) * 4;
	}

	/** Writes {@link #encodedLength(int)} bytes at {@code pos} and returns the new position. */
	public static int writeBase64(byte[] buf, int pos, byte[] data) {
		int full = data.length - data.length % 3;
		int i = 0;
		for (; i < full; i += 3) {
			// 24 bits, aaaaaaaa bbbbbbbb cccccccc, become four 6-bit letters.
			int bits = (data[i] & 0xFF) << 16 | (data[i + 1] & 0xFF) << 8 | (data[i + 2] & 0xFF);
			buf[pos] = ALPHABET[bits >>> 18];
			buf[pos + 1] = ALPHABET[(bits >>> 12) & 0x3F];
			buf[pos + 2] = ALPHABET[(bits >>> 6) & 0x3F];
			buf[pos + 3] = ALPHABET[bits & 0x3F];
			pos += 4;
		}
		int rest = data.length - full;
		if (rest > 0) {
			int bits = (data[i] & 0xFF) << 16 | (rest == 2 ? (data[i + 1] & 0xFF) << 8 : 0);
			buf[pos] = ALPHABET[bits >>> 18];
			buf[pos + 1] = ALPHABET[(bits >>> 12) & 0x3F];
			buf[pos + 2] = rest == 2 ? ALPHABET[(bits >>> 6) & 0x3F] : (byte) '=';
			buf[pos + 3] = '=';
			pos += 4;
		}
		return pos;
	}
}
