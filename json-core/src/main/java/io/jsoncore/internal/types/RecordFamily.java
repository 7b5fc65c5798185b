package io.jsoncore.internal.types;

import java.lang.invoke.MethodHandle;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.RecordComponent;
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
import io.jsoncore.internal.encode.PropertiesEncoder;
import io.jsoncore.internal.encode.ValueEncoder;
import io.jsoncore.internal.reflect.JacksonAnnotations;
import io.jsoncore.internal.reflect.RecordModel;
import io.jsoncore.internal.reflect.Types;

/**
 * Records, orjson's dataclasses: an object of their components in declaration order, written by a class generated
 * per record where one can be ({@code encode.RecordWriters}); read through the canonical constructor, properties in
 * any order, unknown ones skipped (or collected into a {@code @JsonAnySetter} map component), missing ones
 * {@code null}, zero or empty. Not map keys.
 */
final class RecordFamily implements TypeFamily {

	@Override
	public ValueEncoder encoder(Class<?> type) {
		return type.isRecord() ? PropertiesEncoder.of(type, true) : null;
	}

	@Override
	public TypeDecoder decoder(Type type, Class<?> raw, Decoders decoders) {
		return raw.isRecord() ? read(type, raw, decoders) : null;
	}

	private static TypeDecoder read(Type type, Class<?> raw, Decoders inner) {
		Map<TypeVariable<?>, Type> bindings = Types.bindings(type);
		RecordComponent[] components = raw.getRecordComponents();
		String[] names = new String[components.length];
		TypeDecoder[] decoders = new TypeDecoder[components.length];
		Object[] defaults = new Object[components.length];
		// the names @JsonIgnoreProperties lists are skipped even where they are no property at all, as in Jackson
		Set<String> ignored = new HashSet<>(JacksonAnnotations.ignoredNames(raw));
		Map<String, Integer> aliases = new HashMap<>();
		PropertyNaming naming = JacksonAnnotations.naming(raw, inner.naming());
		int any = -1;
		TypeDecoder anyValues = null;
		List<Unwrapping.Child> children = new ArrayList<>();
		for (int i = 0; i < components.length; i++) {
			AnnotatedElement[] annotated = RecordModel.annotated(raw, components[i]);
			if (any < 0 && JacksonAnnotations.anySetter(annotated) && components[i].getType().isAssignableFrom(Map.class)) {
				// the map of the unknown properties, read as its values' type; never a property itself
				any = i;
				anyValues = inner.decoderFor(Types.resolve(Types.argument(components[i].getGenericType(), 1), bindings));
				defaults[i] = null;
				continue;
			}
			JacksonAnnotations.Unwrapped unwrapped = JacksonAnnotations.unwrapped(annotated);
			if (unwrapped != null) {
				// read from the keys that are its own properties, in the enclosing object
				children.add(UnwrappedProperties.child(raw, Types.resolve(components[i].getGenericType(), bindings),
						unwrapped, inner, i, null));
				continue;
			}
			String explicit = JacksonAnnotations.propertyName(annotated);
			String name = explicit != null ? explicit : naming.translate(components[i].getName());
			// an ignored component is never read: it keeps its default, and its name is skipped even when unknown
			// properties are errors, as Jackson does
			// outside the active view, likewise: it gets what a missing property gets
			if (JacksonAnnotations.ignored(annotated) || JacksonAnnotations.readOnly(annotated)
					|| JacksonAnnotations.excludedByClass(raw, components[i].getName(), explicit)
					|| JacksonAnnotations.ignoredType(components[i].getType()) || (inner.view() != null
							&& !JacksonAnnotations.visible(JacksonAnnotations.views(raw, annotated), inner.view()))) {
				ignored.add(name);
				name = null;
			}
			else {
				for (String alias : JacksonAnnotations.aliases(annotated)) {
					aliases.put(alias, i);
				}
			}
			names[i] = name;
			decoders[i] = inner.decoderFor(Types.resolve(components[i].getGenericType(), bindings));
			TypeDecoder formatted = PropertyFormats.decoder(components[i].getType(), JacksonAnnotations.format(annotated),
					decoders[i]);
			if (formatted != null) {
				decoders[i] = formatted;
			}
			defaults[i] = missing(components[i].getType());
		}
		MethodHandle constructor = RecordModel.constructor(raw);
		OtherKeys other = new OtherKeys(JacksonAnnotations.ignoresUnknown(raw), ignored, aliases,
				PolymorphicFamily.check(raw, inner, Arrays.asList(names)), UnwrappedProperties.of(children));
		return new RecordDecoder(Values.describe(type), names, decoders, defaults, constructor, other, any, anyValues);
	}

	/** What a missing property of {@code type} is: the primitive's zero, an empty optional, or {@code null}. */
	static Object missing(Class<?> type) {
		if (type.isPrimitive()) {
			if (type == boolean.class) {
				return false;
			}
			if (type == char.class) {
				return '\0';
			}
			if (type == long.class) {
				return 0L;
			}
			if (type == double.class) {
				return 0.0;
			}
			if (type == float.class) {
				return 0.0f;
			}
			if (type == short.class) {
				return (short) 0;
			}
			if (type == byte.class) {
				return (byte) 0;
			}
			return 0;
		}
		return OptionalFamily.missing(type);
	}
}
