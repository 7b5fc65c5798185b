package io.jsoncore.internal.encode;

import io.jsoncore.Fragment;
import io.jsoncore.internal.types.TypeFamilies;

/**
 * Chooses how a class is written, once per class (orjson's {@code obtype}): a {@link ClassValue} cache in front of
 * {@code Fragment}, then the type families in their order ({@link TypeFamilies}), then the fallback function.
 * {@link Encoder#writeValue} handles a codec's adapters and the most common types before it gets here.
 */
final class Dispatch {

	private static final ClassValue<ValueEncoder> ENCODERS = new ClassValue<>() {
		@Override
		protected ValueEncoder computeValue(Class<?> type) {
			return classify(type);
		}
	};

	private Dispatch() {
	}

	static ValueEncoder encoderFor(Class<?> type) {
		return ENCODERS.get(type);
	}

	static ValueEncoder classify(Class<?> type) {
		if (type == Fragment.class) {
			return SimpleEncoders.FRAGMENT;
		}
		ValueEncoder family = TypeFamilies.encoder(type);
		if (family != null) {
			return family;
		}
		return SimpleEncoders.FALLBACK;
	}
}
