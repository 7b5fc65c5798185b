package io.jsoncore.internal.encode;

/** orjson's string escapes: {@code " \ \b \t \n \f \r} by name, other controls as {@code \}{@code u00xx}. */
final class Escapes {

	/** For ASCII: whether the character is escaped in a JSON string. {@code /}, DEL and the rest are not. */
	static final boolean[] ESCAPED = new boolean[128];

	/** For ASCII written raw (a Fragment's text): nothing is escaped. */
	static final boolean[] NONE = new boolean[128];

	private static final byte[] HEX = { '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'b', 'c', 'd', 'e', 'f' };

	static {
		for (int c = 0; c < 0x20; c++) {
			ESCAPED[c] = true;
		}
		ESCAPED['"'] = true;
		ESCAPED['\\'] = true;
	}

	private Escapes() {
	}

	/** Writes the escape of an ASCII character that needs one; at most 6 bytes. */
	static int writeEscaped(byte[] b, int p, char c) {
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
}
