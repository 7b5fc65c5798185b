package io.jsoncore.internal.types;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Executable;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.jsoncore.PropertyNaming;
import io.jsoncore.internal.bind.OtherKeys;
import io.jsoncore.internal.bind.RecordDecoder;
import io.jsoncore.internal.bind.TypeDecoder;
import io.jsoncore.internal.bind.Unwrapping;
import io.jsoncore.internal.bind.Values;
import io.jsoncore.internal.reflect.Creators;
import io.jsoncore.internal.reflect.JacksonAnnotations;
import io.jsoncore.internal.reflect.Types;

/**
 * An object read through a constructor or factory whose parameters are its properties, as a record is read
 * through its canonical constructor: each parameter named by {@code @JsonProperty}, {@code @ConstructorProperties}
 * or, compiled with {@code -parameters}, its own name (the last two under the naming strategy). As Jackson does,
 * the annotations of the field and getter of the same name count as the parameter's own: {@code @JsonProperty},
 * {@code @JsonIgnore}, {@code access = READ_ONLY}, {@code @JsonView} and {@code @JsonAlias}.
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
		PropertyNaming naming = JacksonAnnotations.naming(raw, inner.naming());
		// the names @JsonIgnoreProperties lists are skipped even where they are no property at all, as in Jackson
		Set<String> ignored = new HashSet<>(JacksonAnnotations.ignoredNames(raw));
		Map<String, Integer> aliases = new HashMap<>();
		List<Unwrapping.Child> children = new ArrayList<>();
		for (int i = 0; i < parameters.length; i++) {
			if (names[i] == null) {
				throw new IllegalArgumentException("Cannot read " + raw.getName() + ": parameter " + i + " of its " + what
						+ " " + creator + " has no name; compile with -parameters (Spring Boot's Maven and Gradle plugins "
						+ "do), or add @JsonProperty(\"name\") to it");
			}
			String javaName = explicit[i] && parameters[i].isNamePresent() ? parameters[i].getName() : names[i];
			// as Jackson merges them: the parameter's annotations, then its field's and its getter's
			AnnotatedElement[] annotated = Creators.annotated(raw, parameters[i], javaName);
			JacksonAnnotations.Unwrapped unwrapped = JacksonAnnotations.unwrapped(annotated);
			if (unwrapped != null) {
				children.add(UnwrappedProperties.child(raw, Types.resolve(parameterTypes[i], bindings), unwrapped, inner, i,
						null));
				defaults[i] = RecordFamily.missing(parameters[i].getType());
				names[i] = null;
				continue;
			}
			String fieldName = explicit[i] ? null : JacksonAnnotations.propertyName(annotated);
			names[i] = explicit[i] ? names[i] : fieldName != null ? fieldName : naming.translate(names[i]);
			decoders[i] = inner.decoderFor(Types.resolve(parameterTypes[i], bindings));
			defaults[i] = RecordFamily.missing(parameters[i].getType());
			// not read: it gets what a missing property gets
			if (JacksonAnnotations.ignored(annotated) || JacksonAnnotations.readOnly(annotated)
					|| JacksonAnnotations.excludedByClass(raw, javaName, explicit[i] || fieldName != null ? names[i] : null)
					|| (inner.view() != null
							&& !JacksonAnnotations.visible(JacksonAnnotations.views(raw, annotated), inner.view()))) {
				ignored.add(names[i]);
				names[i] = null;
				continue;
			}
			for (String alias : JacksonAnnotations.aliases(annotated)) {
				aliases.put(alias, i);
			}
		}
		OtherKeys other = new OtherKeys(JacksonAnnotations.ignoresUnknown(raw), ignored, aliases,
				PolymorphicFamily.check(raw, inner, Arrays.asList(names)), UnwrappedProperties.of(children));
		return new RecordDecoder(Values.describe(type), names, decoders, defaults, Creators.spread(creator), other, -1,
				null);
	}
}
