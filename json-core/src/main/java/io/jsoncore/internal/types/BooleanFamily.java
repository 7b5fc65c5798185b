package io.jsoncore.internal.types;

import java.lang.reflect.Type;
import java.util.function.Function;

import io.jsoncore.internal.bind.TypeDecoder;
import io.jsoncore.internal.bind.Values;
import io.jsoncore.internal.encode.Encoder;
import io.jsoncore.internal.encode.ValueEncoder;

/** {@code Boolean} and {@code boolean}: {@code true} and {@code false}, and nothing else read as them. */
final class BooleanFamily implements TypeFamily {

	private static final ValueEncoder ENCODER = (out, value, depth) -> out.writeBoolean((Boolean) value);

	private static final TypeDecoder DECODER = (in) -> {
		byte b = in.current();
		if (b != 't' && b != 'f') {
			throw Values.mismatch("boolean", in);
		}
		return in.readBoolean();
	};

	@Override
	public ValueEncoder encoder(Class<?> type) {
		return type == Boolean.class ? ENCODER : null;
	}

	@Override
	public TypeDecoder decoder(Type declared, Class<?> type, Decoders decoders) {
		return type == boolean.class || type == Boolean.class ? DECODER : null;
	}

	@Override
	public String keyText(Encoder out, Object key) {
		return key instanceof Boolean ? key.toString() : null;
	}

	@Override
	public Function<String, Object> keyParser(Class<?> type) {
		if (type != Boolean.class) {
			return null;
		}
		return (key) -> {
			if (!key.equals("true") && !key.equals("false")) {
				throw new IllegalArgumentException(key);
			}
			return Boolean.valueOf(key);
		};
	}
}
