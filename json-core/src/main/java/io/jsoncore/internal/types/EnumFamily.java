package io.jsoncore.internal.types;

import java.lang.invoke.MethodHandle;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import io.jsoncore.internal.bind.BindException;
import io.jsoncore.internal.bind.TypeDecoder;
import io.jsoncore.internal.bind.Values;
import io.jsoncore.internal.decode.JsonParser;
import io.jsoncore.internal.encode.Encoder;
import io.jsoncore.internal.encode.JsonValueEncoder;
import io.jsoncore.internal.encode.KeyBytes;
import io.jsoncore.internal.encode.ValueEncoder;
import io.jsoncore.internal.reflect.Creators;
import io.jsoncore.internal.reflect.JacksonAnnotations;

/**
 * Enums: a constant is its {@code name()} both ways and as a map key, or, where the enum has a {@code @JsonValue}
 * method, what that returns, read back by its text.
 */
final class EnumFamily implements TypeFamily {

	@Override
	public ValueEncoder encoder(Class<?> type) {
		if (!Enum.class.isAssignableFrom(type)) {
			return null;
		}
		// a constant with a body is an anonymous subclass of its enum
		Class<?> enumType = type.isEnum() ? type : type.getSuperclass();
		Method jsonValue = JacksonAnnotations.jsonValueMethod(enumType);
		return jsonValue != null ? JsonValueEncoder.of(jsonValue) : new Names(enumType);
	}

	@Override
	public TypeDecoder decoder(Type declared, Class<?> type, Decoders decoders) {
		if (!type.isEnum()) {
			return null;
		}
		Method jsonValue = JacksonAnnotations.jsonValueMethod(type);
		return jsonValue != null ? new ByJsonValue(type, Creators.value(jsonValue)) : new ByName(type);
	}

	@Override
	public String keyText(Encoder out, Object key) {
		return key instanceof Enum ? ((Enum<?>) key).name() : null;
	}

	@Override
	public Function<String, Object> keyParser(Class<?> type) {
		return type.isEnum() ? new ByName(type)::parse : null;
	}

	/** An enum's constants as their {@code name()}, each quoted and encoded once per enum class. */
	private static final class Names implements ValueEncoder {
		private final byte[][] names;

			Names(Class<?> enumType) {
			Object[] constants = enumType.getEnumConstants();
			this.names = new byte[constants.length][];
			KeyBytes keys = new KeyBytes();
			for (int i = 0; i < constants.length; i++) {
				this.names[i] = keys.quoted(((Enum<?>) constants[i]).name());
			}
		}

		@Override
		public void encode(Encoder out, Object value, int depth) {
			out.writeBytes(this.names[((Enum<?>) value).ordinal()]);
		}
	}

	/** An enum constant by its {@code name()}, the text {@code dumps} writes. */
	private static final class ByName implements TypeDecoder {
		private final String expected;

		private final Map<String, Object> constants = new HashMap<>();

			ByName(Class<?> enumType) {
			this.expected = enumType.getName();
			for (Object constant : enumType.getEnumConstants()) {
				this.constants.put(((Enum<?>) constant).name(), constant);
			}
		}

		@Override
		public Object read(JsonParser in) {
			if (in.current() != '"') {
				throw Values.mismatch(this.expected, in);
			}
			int start = in.position();
			String name = in.readString();
			Object constant = this.constants.get(name);
			if (constant == null) {
				throw new BindException(this.expected, Values.quote(name), start);
			}
			return constant;
		}

		/** Parses a map key. */
		Object parse(String name) {
			Object constant = this.constants.get(name);
			if (constant == null) {
				throw new IllegalArgumentException(name);
			}
			return constant;
		}
	}

	/** An enum whose {@code @JsonValue} method gives each constant its JSON value: read back by that value's text. */
	private static final class ByJsonValue implements TypeDecoder {
		private final String expected;

		private final Map<String, Object> constants = new HashMap<>();

			ByJsonValue(Class<?> enumType, MethodHandle jsonValue) {
			this.expected = enumType.getName();
			for (Object constant : enumType.getEnumConstants()) {
				try {
					this.constants.put(String.valueOf((Object) jsonValue.invokeExact(constant)), constant);
				}
				catch (Throwable ex) {
					throw new IllegalArgumentException("Cannot read " + enumType.getName() + ": its @JsonValue failed for "
							+ constant + " (" + ex + ")", ex);
				}
			}
		}

		@Override
		public Object read(JsonParser in) {
			int start = in.position();
			String text = String.valueOf(in.readValue());
			Object constant = this.constants.get(text);
			if (constant == null) {
				throw new BindException(this.expected, Values.quote(text), start);
			}
			return constant;
		}
	}
}
