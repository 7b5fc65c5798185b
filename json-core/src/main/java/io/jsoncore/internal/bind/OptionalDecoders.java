package io.jsoncore.internal.bind;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

import io.jsoncore.internal.types.NumberFamily;

/** {@code Optional} and its primitive forms: {@code null} (or a missing property) is empty. */
final class OptionalDecoders {

	private static final TypeDecoder INT = NumberFamily.integer("OptionalInt", Integer.MIN_VALUE, Integer.MAX_VALUE, (v) -> (int) v);

	private static final TypeDecoder LONG = NumberFamily.integer("OptionalLong", Long.MIN_VALUE, Long.MAX_VALUE, (v) -> v);

	private static final TypeDecoder DOUBLE = NumberFamily.floating("OptionalDouble", false);

	private OptionalDecoders() {
	}

	static TypeDecoder optional(TypeDecoder value) {
		return (in) -> {
			if (in.current() == 'n') {
				in.readNull();
				return Optional.empty();
			}
			return Optional.of(value.read(in));
		};
	}

	static final TypeDecoder OPTIONAL_INT = (in) -> {
		if (in.current() == 'n') {
			in.readNull();
			return OptionalInt.empty();
		}
		return OptionalInt.of((Integer) INT.read(in));
	};

	static final TypeDecoder OPTIONAL_LONG = (in) -> {
		if (in.current() == 'n') {
			in.readNull();
			return OptionalLong.empty();
		}
		return OptionalLong.of((Long) LONG.read(in));
	};

	static final TypeDecoder OPTIONAL_DOUBLE = (in) -> {
		if (in.current() == 'n') {
			in.readNull();
			return OptionalDouble.empty();
		}
		return OptionalDouble.of((Double) DOUBLE.read(in));
	};

	/** What a missing property of this type is: an empty optional, or {@code null}. */
	static Object missing(Class<?> type) {
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
}
