package io.jsoncore.internal.types;

import java.lang.invoke.MethodHandle;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.Map;

import io.jsoncore.internal.bind.BindException;
import io.jsoncore.internal.bind.TypeDecoder;
import io.jsoncore.internal.bind.Values;
import io.jsoncore.internal.encode.JsonValueEncoder;
import io.jsoncore.internal.encode.ValueEncoder;
import io.jsoncore.internal.reflect.BeanModel;
import io.jsoncore.internal.reflect.Creators;
import io.jsoncore.internal.reflect.JacksonAnnotations;
import io.jsoncore.internal.reflect.Types;

/**
 * Classes that say how they are mapped themselves, with Jackson's annotations read by name: a {@code @JsonValue}
 * method is written in the object's place; a {@code @JsonCreator} constructor or factory reads it (one unnamed
 * parameter: the whole value is that parameter; otherwise named properties). JDK classes are never asked. Not map
 * keys.
 */
final class AnnotatedFamily implements TypeFamily {

	@Override
	public ValueEncoder encoder(Class<?> type) {
		Method jsonValue = BeanModel.isJdkType(type) ? null : JacksonAnnotations.jsonValueMethod(type);
		return jsonValue != null ? JsonValueEncoder.of(jsonValue) : null;
	}

	@Override
	public TypeDecoder decoder(Type type, Class<?> raw, Decoders decoders) {
		Executable creator = raw.getName().startsWith("java.") ? null : JacksonAnnotations.creator(raw);
		return creator != null ? read(type, raw, creator, decoders) : null;
	}

	// Jackson's @JsonCreator: one unnamed parameter (or mode DELEGATING) reads the whole value as that parameter;
	// otherwise each parameter is a property, named by @JsonProperty or, compiled with -parameters, by its name.
	private static TypeDecoder read(Type type, Class<?> raw, Executable creator, Decoders inner) {
		Map<TypeVariable<?>, Type> bindings = Types.bindings(type);
		Parameter[] parameters = creator.getParameters();
		Type[] parameterTypes = creator.getGenericParameterTypes();
		MethodHandle spread = Creators.spread(creator);
		String expected = Values.describe(type);
		if (parameters.length == 1 && (JacksonAnnotations.delegating(creator)
				|| JacksonAnnotations.propertyName(parameters[0]) == null)) {
			TypeDecoder delegate = inner.decoderFor(Types.resolve(parameterTypes[0], bindings));
			return (in) -> {
				int start = in.position();
				Object argument = delegate.read(in);
				try {
					return spread.invoke(new Object[] { argument });
				}
				catch (Throwable ex) {
					throw new BindException(expected, "a value its creator rejects (" + ex + ")", start);
				}
			};
		}
		return PropertiesCreator.decoder(type, raw, creator, "@JsonCreator", inner);
	}
}
