package io.jsoncore.internal.types;

import java.lang.reflect.Type;
import java.util.function.Function;

import io.jsoncore.internal.bind.BindException;
import io.jsoncore.internal.bind.TypeDecoder;
import io.jsoncore.internal.bind.Values;
import io.jsoncore.internal.encode.Encoder;
import io.jsoncore.internal.encode.ValueEncoder;

/**
 * Text: every {@code CharSequence}, {@code Character} and {@code char[]} written as a JSON string; a
 * {@code String} or {@code CharSequence} read from any string, a {@code char} from a string of one character.
 */
final class StringFamily implements TypeFamily {

	private static final ValueEncoder CHAR_SEQUENCE = (out, value, depth) -> out.writeString(value.toString());

	private static final ValueEncoder CHARACTER = (out, value, depth) -> out.writeQuoted(new char[] { (Character) value },
			0, 1);

	private static final ValueEncoder CHAR_ARRAY = (out, value, depth) -> {
		char[] chars = (char[]) value;
		out.writeQuoted(chars, 0, chars.length);
	};

	private static final TypeDecoder STRING = (in) -> {
		if (in.current() != '"') {
			throw Values.mismatch("String", in);
		}
		return in.readString();
	};

	private static final TypeDecoder CHAR = (in) -> {
		if (in.current() != '"') {
			throw Values.mismatch("char", in);
		}
		int start = in.position();
		String text = in.readString();
		if (text.length() != 1) {
			throw new BindException("char", Values.quote(text), start);
		}
		return text.charAt(0);
	};

	@Override
	public ValueEncoder encoder(Class<?> type) {
		if (CharSequence.class.isAssignableFrom(type)) {
			return CHAR_SEQUENCE;
		}
		if (type == Character.class) {
			return CHARACTER;
		}
		return type == char[].class ? CHAR_ARRAY : null;
	}

	@Override
	public TypeDecoder decoder(Type declared, Class<?> type, Decoders decoders) {
		if (type == String.class || type == CharSequence.class) {
			return STRING;
		}
		return type == char.class || type == Character.class ? CHAR : null;
	}

	@Override
	public String keyText(Encoder out, Object key) {
		return key instanceof CharSequence || key instanceof Character ? key.toString() : null;
	}

	@Override
	public Function<String, Object> keyParser(Class<?> type) {
		return type == String.class || type == CharSequence.class ? (key) -> key : null;
	}
}
