package io.jsoncore.internal.types;

import java.lang.invoke.MethodHandle;
import java.lang.reflect.Type;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.jsoncore.PropertyNaming;
import io.jsoncore.internal.bind.Unwrapping;
import io.jsoncore.internal.reflect.BeanModel;
import io.jsoncore.internal.reflect.JacksonAnnotations;
import io.jsoncore.internal.reflect.Property;
import io.jsoncore.internal.reflect.RecordModel;
import io.jsoncore.internal.reflect.Types;

/**
 * How the record, bean and creator families read a {@code @JsonUnwrapped} property: the names its value's class is
 * written with (a child's own unwrapped properties by theirs, affixed), claimed in the enclosing object.
 */
final class UnwrappedProperties {

	private UnwrappedProperties() {
	}

	/**
	 * The child read as {@code type} under {@code inner}, set as argument {@code index} or through {@code setter}.
	 * @throws IllegalArgumentException where its class has no properties, or unwraps itself
	 */
	static Unwrapping.Child child(Class<?> owner, Type type, JacksonAnnotations.Unwrapped affix, Decoders inner,
			int index, MethodHandle setter) {
		Set<String> names = names(owner, Types.raw(type), inner.naming(), new HashSet<>());
		return new Unwrapping.Child(affix.prefix(), affix.suffix(), names, inner.decoderFor(type), index, setter);
	}

	private static Set<String> names(Class<?> owner, Class<?> raw, PropertyNaming codec, Set<Class<?>> seen) {
		if (!seen.add(raw)) {
			throw new IllegalArgumentException("Cannot read " + owner.getName() + ": its @JsonUnwrapped properties unwrap "
					+ raw.getName() + " inside itself");
		}
		if (!raw.isRecord() && !BeanModel.isBean(raw)) {
			throw new IllegalArgumentException("Cannot read " + owner.getName() + ": it unwraps " + raw.getName()
					+ ", which has no properties to unwrap");
		}
		PropertyNaming naming = JacksonAnnotations.naming(raw, codec);
		List<Property> properties = raw.isRecord() ? RecordModel.properties(raw) : BeanModel.properties(raw);
		Set<String> names = new HashSet<>();
		for (Property property : properties) {
			JacksonAnnotations.Unwrapped unwrapped = property.unwrapped();
			if (unwrapped == null) {
				names.add(property.jsonName(naming));
				continue;
			}
			for (String name : names(owner, Types.raw(property.type()), codec, seen)) {
				names.add(unwrapped.name(name));
			}
		}
		seen.remove(raw);
		return names;
	}

	/** The unwrapped properties, or {@code null} for none. */
	static Unwrapping of(List<Unwrapping.Child> children) {
		return children.isEmpty() ? null : new Unwrapping(children);
	}
}
