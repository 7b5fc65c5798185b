package io.jsoncore.internal.types;

import java.lang.reflect.Executable;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;

import io.jsoncore.internal.bind.RecordDecoder;
import io.jsoncore.internal.bind.TypeDecoder;
import io.jsoncore.internal.bind.Values;
import io.jsoncore.internal.reflect.Creators;
import io.jsoncore.internal.reflect.JacksonAnnotations;
import io.jsoncore.internal.reflect.Types;

/**
 * An object read through a constructor or factory whose parameters are its properties, as a record is read
 * through its canonical constructor: each parameter named by {@code @JsonProperty}, {@code @ConstructorProperties}
 * or, compiled with {@code -parameters}, its own name (the last two under the naming strategy).
 */
final class PropertiesCreator {

	private PropertiesCreator() {
	}

	/**
	 * @param what how the error names the creator: {@code "@JsonCreator"}, {@code "constructor"}
	 * @throws IllegalArgumentException for a parameter with no name, saying how to give it one
	 */
	static TypeDecoder decoder(Type type, Class<?> raw, Executable creator, String what, Decoders inner) {
		Map<TypeVariable<?>, Type> bindings = Types.bindings(type);
		Parameter[] parameters = creator.getParameters();
		Type[] parameterTypes = creator.getGenericParameterTypes();
		boolean[] explicit = new boolean[parameters.length];
		String[] names = Creators.parameterNames(creator, explicit);
		TypeDecoder[] decoders = new TypeDecoder[parameters.length];
		Object[] defaults = new Object[parameters.length];
		for (int i = 0; i < parameters.length; i++) {
			if (names[i] == null) {
				throw new IllegalArgumentException("Cannot read " + raw.getName() + ": parameter " + i + " of its " + what
						+ " " + creator + " has no name; compile with -parameters (Spring Boot's Maven and Gradle plugins "
						+ "do), or add @JsonProperty(\"name\") to it");
			}
			if (!explicit[i]) {
				names[i] = inner.naming().translate(names[i]);
			}
			decoders[i] = inner.decoderFor(Types.resolve(parameterTypes[i], bindings));
			defaults[i] = RecordFamily.missing(parameters[i].getType());
		}
		return new RecordDecoder(Values.describe(type), names, decoders, defaults, Creators.spread(creator),
				JacksonAnnotations.ignoresUnknown(raw), Set.of(), Map.of(),
				PolymorphicFamily.check(raw, inner, Arrays.asList(names)));
	}
}
