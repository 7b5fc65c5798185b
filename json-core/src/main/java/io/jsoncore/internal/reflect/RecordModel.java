package io.jsoncore.internal.reflect;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/** A record's JSON properties: its components, in declaration order. */
public final class RecordModel {

	private RecordModel() {
	}

	public static List<Property> properties(Class<?> recordType) {
		RecordComponent[] components = recordType.getRecordComponents();
		List<Property> properties = new ArrayList<>(components.length);
		for (RecordComponent component : components) {
			properties.add(new Property(component.getName(), component.getGenericType(),
					Accessors.reader(component.getAccessor())));
		}
		return properties;
	}
}
