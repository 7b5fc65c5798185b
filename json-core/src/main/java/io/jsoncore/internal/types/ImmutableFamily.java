package io.jsoncore.internal.types;

import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;

import io.jsoncore.internal.bind.TypeDecoder;
import io.jsoncore.internal.encode.ValueEncoder;
import io.jsoncore.internal.reflect.BeanModel;
import io.jsoncore.internal.reflect.Creators;

/**
 * Immutable classes, as Jackson 3 reads them: a class with no no-argument constructor is read through its one
 * constructor (the one marked {@code @ConstructorProperties}, else the only public one, else the only one), its
 * parameters matched to properties by name. So Lombok {@code @Value} classes, and Kotlin data classes compiled with
 * {@code -java-parameters}, need no annotation; Kotlin's synthetic default-arguments constructor is never chosen. A
 * one-parameter constructor reads a property, not the whole value ({@code @JsonCreator(mode = DELEGATING)} says
 * otherwise). Written as beans are, through their getters. Not map keys.
 */
final class ImmutableFamily implements TypeFamily {

	@Override
	public ValueEncoder encoder(Class<?> type) {
		return null;
	}

	@Override
	public TypeDecoder decoder(Type type, Class<?> raw, Decoders decoders) {
		if (raw.isInterface() || Modifier.isAbstract(raw.getModifiers()) || raw.isArray() || raw.isPrimitive()
				|| BeanModel.isJdkType(raw)) {
			return null;
		}
		Constructor<?> constructor = Creators.immutableConstructor(raw);
		return constructor != null ? PropertiesCreator.decoder(type, raw, constructor, "constructor", decoders) : null;
	}
}
