package io.jsoncore.internal.types;

import java.lang.reflect.Type;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import io.jsoncore.internal.bind.Discriminator;
import io.jsoncore.internal.bind.PolymorphicDecoder;
import io.jsoncore.internal.bind.TypeDecoder;
import io.jsoncore.internal.bind.Values;
import io.jsoncore.internal.encode.ValueEncoder;
import io.jsoncore.internal.reflect.BeanModel;
import io.jsoncore.internal.reflect.Polymorphism;
import io.jsoncore.internal.reflect.Types;

/**
 * Sealed hierarchies and Jackson's {@code @JsonTypeInfo} ({@link Polymorphism} says which classes a type stands
 * for): read by the discriminator property, wherever it stands in the object, into one of a closed set of classes.
 * Written by the families of the members themselves (records, beans), which write the discriminator first. A
 * concrete member with no subtypes of its own is read by its own family, which checks the discriminator it meets.
 */
final class PolymorphicFamily implements TypeFamily {

	@Override
	public ValueEncoder encoder(Class<?> type) {
		return null;
	}

	@Override
	public TypeDecoder decoder(Type type, Class<?> raw, Decoders decoders) {
		if (raw.isArray() || raw.isPrimitive() || BeanModel.isJdkType(raw)) {
			return null;
		}
		Polymorphism.Members members;
		try {
			members = Polymorphism.members(raw);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(ex.getMessage().startsWith("Cannot read") ? ex.getMessage()
					: "Cannot read " + raw.getName() + ": " + ex.getMessage(), ex);
		}
		// a concrete member with no subtypes of its own is read as itself
		if (members == null || (members.defaultImpl() == raw && members.byId().values().stream().allMatch(raw::equals))) {
			return null;
		}
		if (members.byId().isEmpty()) {
			throw new IllegalArgumentException("Cannot read " + raw.getName() + ": it has no concrete subtypes to read");
		}
		Map<Class<?>, TypeDecoder> byClass = new HashMap<>();
		Map<String, TypeDecoder> byId = new LinkedHashMap<>();
		for (Map.Entry<String, Class<?>> member : members.byId().entrySet()) {
			byId.put(member.getKey(), byClass.computeIfAbsent(member.getValue(), (memberClass) -> member(type, memberClass,
					decoders)));
		}
		TypeDecoder absent = members.defaultImpl() == null ? null
				: byClass.computeIfAbsent(members.defaultImpl(), (memberClass) -> member(type, memberClass, decoders));
		String property = members.property() != null ? members.property() : decoders.discriminator();
		return new PolymorphicDecoder(Values.describe(type), property, byId, absent);
	}

	private static TypeDecoder member(Type declared, Class<?> member, Decoders decoders) {
		return TypeFamilies.memberDecoder(Types.subtype(declared, member), member, decoders);
	}

	/**
	 * The discriminator check for the decoder of {@code raw}, a class with these JSON property names, or {@code null}
	 * where it is in no hierarchy or reads the discriminator as its own property ({@code visible}).
	 * @throws IllegalArgumentException where it is outside its hierarchy, or a property has the discriminator's name
	 */
	static Discriminator check(Class<?> raw, Decoders decoders, Collection<String> names) {
		Polymorphism.Membership membership;
		try {
			membership = Polymorphism.membership(raw);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("Cannot read " + raw.getName() + ": " + ex.getMessage(), ex);
		}
		if (membership == null || membership.visible()) {
			return null;
		}
		String property = membership.property(decoders.discriminator());
		if (!membership.existing() && names.contains(property)) {
			throw new IllegalArgumentException("Cannot read " + raw.getName() + ": its property \"" + property
					+ "\" has the name of its discriminator; rename one of them");
		}
		return new Discriminator(property, membership.ids(), raw.getName());
	}
}
