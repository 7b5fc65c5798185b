package io.jsoncore.internal.types;

import java.lang.invoke.MethodHandle;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.jsoncore.PropertyNaming;
import io.jsoncore.internal.bind.BeanDecoder;
import io.jsoncore.internal.bind.OtherKeys;
import io.jsoncore.internal.bind.TypeDecoder;
import io.jsoncore.internal.bind.Unwrapping;
import io.jsoncore.internal.bind.Values;
import io.jsoncore.internal.encode.PropertiesEncoder;
import io.jsoncore.internal.encode.ValueEncoder;
import io.jsoncore.internal.reflect.Accessors;
import io.jsoncore.internal.reflect.BeanModel;
import io.jsoncore.internal.reflect.BeanWriters;
import io.jsoncore.internal.reflect.JacksonAnnotations;
import io.jsoncore.internal.reflect.Types;

/**
 * JavaBeans, and the last family asked: a non-JDK class with public getters or fields is written as an object of
 * its properties; read through its no-argument constructor and its setters or public fields. Reading any class no
 * family before took fails here, naming the class and what to add. Not map keys.
 */
final class BeanFamily implements TypeFamily {

	@Override
	public ValueEncoder encoder(Class<?> type) {
		return BeanModel.isBean(type) ? PropertiesEncoder.of(type, false) : null;
	}

	@Override
	public TypeDecoder decoder(Type type, Class<?> raw, Decoders decoders) {
		return read(type, raw, decoders);
	}

	private static TypeDecoder read(Type type, Class<?> raw, Decoders inner) {
		if (raw.isInterface() || Modifier.isAbstract(raw.getModifiers())) {
			throw new IllegalArgumentException("Cannot read " + raw.getName() + ": it is "
					+ (raw.isInterface() ? "an interface" : "abstract")
					+ "; declare a concrete class or a record, a List, Set or Map, in its place");
		}
		if (raw.getName().startsWith("java.") || raw.getName().startsWith("javax.")) {
			throw new IllegalArgumentException("Cannot read " + raw.getName()
					+ ": it is not one of the JDK types jsoncore reads (see docs/types.md)");
		}
		MethodHandle constructor = BeanWriters.constructor(raw);
		if (constructor == null) {
			throw new IllegalArgumentException("Cannot read " + raw.getName()
					+ ": it is not a record and has no non-private no-argument constructor; add one, or make it a record");
		}
		Map<TypeVariable<?>, Type> bindings = Types.bindings(type);
		// in BeanWriters' order, which documents often follow: the slot after the last one read is tried first
		Map<String, BeanDecoder.Slot> slots = new LinkedHashMap<>();
		// the names @JsonIgnoreProperties lists are skipped even where they are no property at all, as in Jackson
		Set<String> ignored = new HashSet<>(JacksonAnnotations.ignoredNames(raw));
		Map<String, Integer> aliases = new HashMap<>();
		PropertyNaming naming = JacksonAnnotations.naming(raw, inner.naming());
		List<Unwrapping.Child> children = new ArrayList<>();
		for (BeanWriters.Writer writer : BeanWriters.writers(raw).values()) {
			String name = writer.explicitName() != null ? writer.explicitName() : naming.translate(writer.name());
			// a back reference is never read: its parent sets it
			if (writer.ignored() || writer.backReference() != null
					|| JacksonAnnotations.excludedByClass(raw, writer.name(), writer.explicitName())
					|| JacksonAnnotations.ignoredType(Types.raw(writer.type()))
					|| (inner.view() != null && !writer.visibleIn(inner.view()))) {
				ignored.add(name);
				continue;
			}
			Type resolved = Types.resolve(writer.type(), bindings);
			if (writer.unwrapped() != null) {
				children.add(UnwrappedProperties.child(raw, resolved, writer.unwrapped(), inner, -1, writer.setter()));
				continue;
			}
			TypeDecoder decoder = inner.decoderFor(resolved);
			TypeDecoder formatted = PropertyFormats.decoder(Types.raw(writer.type()), writer.format(), decoder);
			if (formatted != null) {
				decoder = formatted;
			}
			for (String alias : writer.aliases()) {
				aliases.put(alias, slots.size());
			}
			slots.put(name, new BeanDecoder.Slot(decoder, writer.setter(),
					writer.managedReference() != null ? backReference(raw, writer, resolved) : null));
		}
		if (slots.isEmpty() && children.isEmpty() && !BeanModel.isBean(raw)) {
			throw new IllegalArgumentException("Cannot read " + raw.getName()
					+ ": it has no setters or public fields; add them, or make it a record");
		}
		OtherKeys other = new OtherKeys(JacksonAnnotations.ignoresUnknown(raw), ignored, aliases,
				PolymorphicFamily.check(raw, inner, slots.keySet()), UnwrappedProperties.of(children));
		return new BeanDecoder(Values.describe(type), constructor, slots, other, Accessors.anySetter(raw));
	}

	// The setter of the @JsonBackReference that the managed property's value (or each of its elements or map
	// values) has to its parent, typed (child, parent)void.
	private static MethodHandle backReference(Class<?> parent, BeanWriters.Writer managed, Type type) {
		Class<?> raw = Types.raw(type);
		Type child = Collection.class.isAssignableFrom(raw) ? Types.argument(type, 0)
				: Map.class.isAssignableFrom(raw) ? Types.argument(type, 1) : raw.isArray() ? Types.component(type) : type;
		Class<?> childClass = Types.raw(child);
		for (BeanWriters.Writer writer : BeanWriters.writers(childClass).values()) {
			if (managed.managedReference().equals(writer.backReference())) {
				return writer.setter();
			}
		}
		throw new IllegalArgumentException("Cannot read " + parent.getName() + ": its @JsonManagedReference property '"
				+ managed.name() + "' has no @JsonBackReference(\"" + managed.managedReference() + "\") with a setter in "
				+ childClass.getName());
	}
}
