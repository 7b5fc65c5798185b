package io.jsoncore.internal.encode;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/** {@code Optional} and its primitive forms: the value when present, {@code null} when empty. */
final class OptionalEncoders {

	static final ValueEncoder OPTIONAL = (out, value, depth) -> out.writeValue(((Optional<?>) value).orElse(null), depth);

	static final ValueEncoder OPTIONAL_INT = (out, value, depth) -> {
		OptionalInt optional = (OptionalInt) value;
		if (optional.isPresent() && out.adaptsScalars) {
			out.writeValue(optional.getAsInt(), depth);
		}
		else if (optional.isPresent()) {
			out.writeInt(optional.getAsInt());
		}
		else {
			out.writeNull();
		}
	};

	static final ValueEncoder OPTIONAL_LONG = (out, value, depth) -> {
		OptionalLong optional = (OptionalLong) value;
		if (optional.isPresent() && out.adaptsScalars) {
			out.writeValue(optional.getAsLong(), depth);
		}
		else if (optional.isPresent()) {
			out.writeLong(optional.getAsLong());
		}
		else {
			out.writeNull();
		}
	};

	static final ValueEncoder OPTIONAL_DOUBLE = (out, value, depth) -> {
		OptionalDouble optional = (OptionalDouble) value;
		if (optional.isPresent() && out.adaptsScalars) {
			out.writeValue(optional.getAsDouble(), depth);
		}
		else if (optional.isPresent()) {
			out.writeDouble(optional.getAsDouble());
		}
		else {
			out.writeNull();
		}
	};

	private OptionalEncoders() {
	}
}
