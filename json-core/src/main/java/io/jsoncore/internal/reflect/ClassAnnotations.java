package io.jsoncore.internal.reflect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What a class's own Jackson annotations do to its property list, for writing: {@code @JsonIgnoreProperties({...})}
 * and {@code @JsonIncludeProperties({...})} leave properties out, {@code @JsonPropertyOrder} puts the ones it names
 * first, in its order, and with {@code alphabetic = true} sorts the rest by name. Each name is a Java name or a
 * {@code @JsonProperty} name. A property whose class is marked {@code @JsonIgnoreType} is left out too.
 */
final class ClassAnnotations {

	private ClassAnnotations() {
	}

	static List<Property> apply(Class<?> type, List<Property> properties) {
		List<Property> kept = new ArrayList<>();
		for (Property property : properties) {
			if (!JacksonAnnotations.excludedByClass(type, property.name(), property.explicitName())
					&& !JacksonAnnotations.ignoredType(Types.raw(property.type()))) {
				kept.add(property);
			}
		}
		String[] order = JacksonAnnotations.propertyOrder(type);
		boolean alphabetic = JacksonAnnotations.alphabeticOrder(type);
		if (order.length == 0 && !alphabetic) {
			return kept;
		}
		List<Property> ordered = new ArrayList<>();
		for (String name : order) {
			for (Property property : kept) {
				if (!ordered.contains(property) && property.named(name)) {
					ordered.add(property);
				}
			}
		}
		List<Property> rest = new ArrayList<>(kept);
		rest.removeAll(ordered);
		if (alphabetic) {
			rest.sort(Comparator.comparing((Property property) -> property.explicitName() != null
					? property.explicitName() : property.name()));
		}
		ordered.addAll(rest);
		return ordered;
	}
}
