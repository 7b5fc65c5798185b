package io.jsoncore.internal.types;

import java.lang.reflect.Type;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

import io.jsoncore.internal.bind.TypeDecoder;
import io.jsoncore.internal.encode.ValueEncoder;
import io.jsoncore.internal.reflect.Types;

/**
 * {@code Optional} and its primitive forms: the value when present, {@code null} when empty; read back with
 * {@code null} (or a missing property) as empty. Not map keys.
 */
public final class OptionalFamily implements TypeFamily {

	private static final ValueEncoder WRITE = (out, value, depth) -> out.writeValue(((Optional<?>) value).orElse(null), depth);

	private static final ValueEncoder WRITE_INT = (out, value, depth) -> {
		OptionalInt optional = (OptionalInt) value;
		if (optional.isPresent() && out.adaptsScalars()) {
			out.writeValue(optional.getAsInt(), depth);
		}
		else if (optional.isPresent()) {
			out.writeInt(optional.getAsInt());
		}
		else {
			out.writeNull();
		}
	};

	private static final ValueEncoder WRITE_LONG = (out, value, depth) -> {
		OptionalLong optional = (OptionalLong) value;
		if (optional.isPresent() && out.adaptsScalars()) {
			out.writeValue(optional.getAsLong(), depth);
		}
		else if (optional.isPresent()) {
			out.writeLong(optional.getAsLong());
		}
		else {
			out.writeNull();
		}
	};

	private static final ValueEncoder WRITE_DOUBLE = (out, value, depth) -> {
		OptionalDouble optional = (OptionalDouble) value;
		if (optional.isPresent() && out.adaptsScalars()) {
			out.writeValue(optional.getAsDouble(), depth);
		}
		else if (optional.isPresent()) {
			out.writeDouble(optional.getAsDouble());
		}
		else {
			out.writeNull();
		}
	};

	private static final TypeDecoder INT = NumberFamily.integer("OptionalInt", Integer.MIN_VALUE, Integer.MAX_VALUE, (v) -> (int) v);

	private static final TypeDecoder LONG = NumberFamily.integer("OptionalLong", Long.MIN_VALUE, Long.MAX_VALUE, (v) -> v);

	private static final TypeDecoder DOUBLE = NumberFamily.floating("OptionalDouble", false);

	private static TypeDecoder optional(TypeDecoder value) {
		return (in) -> {
			if (in.current() == 'n') {
				in.readNull();
				return Optional.empty();
			}
			return Optional.of(value.read(in));
		};
	}

	private static final TypeDecoder READ_INT = (in) -> {
		if (in.current() == 'n') {
			in.readNull();
			return OptionalInt.empty();
		}
		return OptionalInt.of((Integer) INT.read(in));
	};

	private static final TypeDecoder READ_LONG = (in) -> {
		if (in.current() == 'n') {
			in.readNull();
			return OptionalLong.empty();
		}
		return OptionalLong.of((Long) LONG.read(in));
	};

	private static final TypeDecoder READ_DOUBLE = (in) -> {
		if (in.current() == 'n') {
			in.readNull();
			return OptionalDouble.empty();
		}
		return OptionalDouble.of((Double) DOUBLE.read(in));
	};

	/** What a missing property of this type is: an empty optional, or {@code null}. */
	public static Object missing(Class<?> type) {
		if (type == Optional.class) {
			return Optional.empty();
		}
		if (type == OptionalInt.class) {
			return OptionalInt.empty();
		}
		if (type == OptionalLong.class) {
			return OptionalLong.empty();
		}
		if (type == OptionalDouble.class) {
			return OptionalDouble.empty();
		}
		return null;
	}

	@Override
	public ValueEncoder encoder(Class<?> type) {
		if (type == Optional.class) {
			return WRITE;
		}
		if (type == OptionalInt.class) {
			return WRITE_INT;
		}
		if (type == OptionalLong.class) {
			return WRITE_LONG;
		}
		return type == OptionalDouble.class ? WRITE_DOUBLE : null;
	}

	@Override
	public TypeDecoder decoder(Type type, Class<?> raw, Decoders decoders) {
		if (raw == Optional.class) {
			return optional(decoders.decoderFor(Types.argument(type, 0)));
		}
		if (raw == OptionalInt.class) {
			return READ_INT;
		}
		if (raw == OptionalLong.class) {
			return READ_LONG;
		}
		return raw == OptionalDouble.class ? READ_DOUBLE : null;
	}

	/** Whether {@code type} reads {@code null} itself, as empty, rather than as {@code null}. */
	public static boolean readsNull(Class<?> type) {
		return type == Optional.class || type == OptionalInt.class || type == OptionalLong.class
				|| type == OptionalDouble.class;
	}
}
