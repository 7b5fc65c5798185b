package io.jsoncore.internal.encode;


/** Text written as JSON strings: every {@code CharSequence}, {@code Character} and {@code char[]}. */
final class TextEncoders {

	static final ValueEncoder CHAR_SEQUENCE = (out, value, depth) -> out.writeString(value.toString());

	static final ValueEncoder CHARACTER = (out, value, depth) -> out.writeQuoted(new char[] { (Character) value }, 0, 1);

	static final ValueEncoder CHAR_ARRAY = (out, value, depth) -> {
		char[] chars = (char[]) value;
		out.writeQuoted(chars, 0, chars.length);
	};

	private TextEncoders() {
	}
}
