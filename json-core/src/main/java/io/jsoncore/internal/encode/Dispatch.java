package io.jsoncore.internal.encode;

import java.lang.reflect.Method;
import java.util.List;

import io.jsoncore.Fragment;
import io.jsoncore.internal.Errors;
import io.jsoncore.internal.reflect.BeanModel;
import io.jsoncore.internal.reflect.JacksonAnnotations;
import io.jsoncore.internal.reflect.Property;
import io.jsoncore.internal.reflect.RecordModel;
import io.jsoncore.internal.types.TypeFamilies;

/**
 * Chooses how a class is written, once per class: a {@link ClassValue} cache in front of an ordered list of
 * checks (orjson's {@code obtype}). The first check that matches wins; a class that matches none goes to the
 * fallback function. {@link Encoder#writeValue} handles the most common types before it gets here.
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
		Method jsonValue = BeanModel.isJdkType(type) ? null : JacksonAnnotations.jsonValueMethod(type);
		if (jsonValue != null) {
			return JsonValueEncoder.of(jsonValue);
		}
		if (type.isRecord()) {
			return propertiesEncoder(type, true);
		}
		if (BeanModel.isBean(type)) {
			return propertiesEncoder(type, false);
		}
		return SimpleEncoders.FALLBACK;
	}

	private static ValueEncoder propertiesEncoder(Class<?> type, boolean record) {
		try {
			List<Property> properties = record ? RecordModel.properties(type) : BeanModel.properties(type);
			return new PropertiesEncoder(properties, record ? RecordWriters.generate(type, properties) : null);
		}
		catch (RuntimeException ex) {
			// A class whose properties cannot be read (a module that does not open it): say so on every write.
			return (out, value, depth) -> {
				if (out.has(Options.PASSTHROUGH_RECORD)) {
					out.writeFallback(value, depth);
				}
				else {
					throw Errors.notSerializable(type, ex);
				}
			};
		}
	}
}
