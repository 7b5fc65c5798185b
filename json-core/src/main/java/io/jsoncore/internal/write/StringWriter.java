package io.jsoncore.internal.write;

import io.jsoncore.internal.Errors;

/**
 * JSON strings as UTF-8 with orjson's escapes ({@code " \ \b \t \n \f \r} by name, other controls as
 * {@code \}{@code u00xx}), as static helpers that write into a buffer with room enough (6 bytes per char) and
 * return the new position. The encoder reserves the room and slices long strings.
 */
public final class StringWriter {

	/** For ASCII: whether the character is escaped in a JSON string. {@code /}, DEL and the rest are not. */
	public static final boolean[] ESCAPED = new boolean[128];

	/** For ASCII written raw (a Fragment's text): nothing is escaped. */
	public static final boolean[] NONE = new boolean[128];

	private static final byte[] HEX = { '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'b', 'c', 'd', 'e', 'f' };

	static {
		for (int c = 0; c < 0x20; c++) {
			ESCAPED[c] = true;
		}
		ESCAPED['"'] = true;
		ESCAPED['\\'] = true;
	}

	/** Writes the escape of an ASCII character that needs one; at most 6 bytes. */
	private static int writeEscaped(byte[] b, int p, char c) {
		b[p] = '\\';
		switch (c) {
			case '"':
				b[p + 1] = '"';
				return p + 2;
			case '\\':
				b[p + 1] = '\\';
				return p + 2;
			case '\b':
				b[p + 1] = 'b';
				return p + 2;
			case '\t':
				b[p + 1] = 't';
				return p + 2;
			case '\n':
				b[p + 1] = 'n';
				return p + 2;
			case '\f':
				b[p + 1] = 'f';
				return p + 2;
			case '\r':
				b[p + 1] = 'r';
				return p + 2;
			default:
				b[p + 1] = 'u';
				b[p + 2] = '0';
				b[p + 3] = '0';
				b[p + 4] = HEX[c >> 4];
				b[p + 5] = HEX[c & 0xF];
				return p + 6;
		}
	}

	private StringWriter() {
	}

	/**
	 * Copies the run of plain ASCII from {@code value[i]} that most strings are made of, char {@code k} to
	 * {@code b[base + k]}, and returns the index of the first char that is not plain (or {@code to}). One exit, and
	 * one index for both arrays, so that the JIT drops the bounds checks.
	 */
	public static int asciiRun(byte[] b, int base, String value, int i, int to, boolean[] special) {
		for (; i < to; i++) {
			char c = value.charAt(i);
			if (c >= 0x80 || special[c]) {
				break;
			}
			b[base + i] = (byte) c;
		}
		return i;
	}

	// Encodes value[i, to) at p, which has room for 6 bytes per char, and returns the new position.
	public static int encode(byte[] b, int p, String value, int i, int to, boolean[] special) {
		int base = p - i;
		i = asciiRun(b, base, value, i, to, special);
		p = base + i;
		while (i < to) {
			char c = value.charAt(i);
			// One table lookup and one branch for the plain ASCII that most strings are made of.
			if (c < 0x80 && !special[c]) {
				b[p++] = (byte) c;
				i++;
			}
			else if (c < 0x80) {
				p = writeEscaped(b, p, c);
				i++;
			}
			else if (c < 0x800) {
				// 110xxxxx 10xxxxxx
				b[p] = (byte) (0xC0 | c >> 6);
				b[p + 1] = (byte) (0x80 | c & 0x3F);
				p += 2;
				i++;
			}
			else if (!Character.isSurrogate(c)) {
				// 1110xxxx 10xxxxxx 10xxxxxx
				b[p] = (byte) (0xE0 | c >> 12);
				b[p + 1] = (byte) (0x80 | c >> 6 & 0x3F);
				b[p + 2] = (byte) (0x80 | c & 0x3F);
				p += 3;
				i++;
			}
			else {
				char low;
				if (!Character.isHighSurrogate(c) || i + 1 >= to || !Character.isLowSurrogate(low = value.charAt(i + 1))) {
					throw Errors.encode(Errors.SURROGATES);
				}
				int codePoint = Character.toCodePoint(c, low);
				// 11110xxx 10xxxxxx 10xxxxxx 10xxxxxx
				b[p] = (byte) (0xF0 | codePoint >> 18);
				b[p + 1] = (byte) (0x80 | codePoint >> 12 & 0x3F);
				b[p + 2] = (byte) (0x80 | codePoint >> 6 & 0x3F);
				b[p + 3] = (byte) (0x80 | codePoint & 0x3F);
				p += 4;
				i += 2;
			}
		}
		return p;
	}
}
