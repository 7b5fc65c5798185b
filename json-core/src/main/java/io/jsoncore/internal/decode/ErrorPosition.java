package io.jsoncore.internal.decode;

import io.jsoncore.JsonDecodeException;

/**
 * Turns a byte offset into orjson's position: {@code pos} counts characters (code points) before the offset,
 * the line is one more than the newlines before it, and the column is the characters since the last newline,
 * plus one. Computed only when an error is thrown.
 */
public final class ErrorPosition {

	private ErrorPosition() {
	}

	public static JsonDecodeException atStart(String message) {
		return new JsonDecodeException(message, 0, 1, 1);
	}

	public static JsonDecodeException at(String message, byte[] src, int byteOffset) {
		int characters = 0;
		int line = 1;
		int lineStart = 0;
		for (int i = 0; i < byteOffset; i++) {
			byte b = src[i];
			if ((b & 0xC0) != 0x80) {
				characters++; // count lead bytes, not continuations
			}
			if (b == '\n') {
				line++;
				lineStart = characters;
			}
		}
		return new JsonDecodeException(message, characters, line, characters - lineStart + 1);
	}
}
