package io.jsoncore.internal.reflect;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** A record's JSON properties: its components, in declaration order. */
public final class RecordModel {

	private RecordModel() {
	}

	public static List<Property> properties(Class<?> recordType) {
		RecordComponent[] components = recordType.getRecordComponents();
		List<Property> properties = new ArrayList<>(components.length);
		for (RecordComponent component : components) {
			AnnotatedElement[] annotated = annotated(recordType, component);
			if (!BeanModel.written(annotated) || JacksonAnnotations.isAnyGetter(component.getAccessor())) {
				continue;
			}
			// a raw, formatted or unwrapped value is written through its reader: without an accessor, no writer class is
			// generated for the record
			boolean raw = JacksonAnnotations.rawValue(annotated);
			JacksonAnnotations.Format format = JacksonAnnotations.format(annotated);
			JacksonAnnotations.Unwrapped unwrapped = JacksonAnnotations.unwrapped(annotated);
			Function<Object, Object> reader = Accessors.function(component.getAccessor());
			properties.add(new Property(component.getName(), component.getGenericType(),
					raw ? Accessors.raw(reader) : reader, JacksonAnnotations.propertyName(annotated),
					JacksonAnnotations.inclusion(annotated),
					raw || format != null || unwrapped != null ? null : component.getAccessor(),
					JacksonAnnotations.views(recordType, annotated), format, unwrapped));
		}
		return ClassAnnotations.apply(recordType, properties);
	}

	/**
	 * Where Jackson's annotations on a component end up: Jackson's targets do not include record components, so
	 * javac puts them on the accessor, the field and the constructor parameter.
	 */
	public static AnnotatedElement[] annotated(Class<?> recordType, RecordComponent component) {
		Field field = null;
		try {
			field = recordType.getDeclaredField(component.getName());
		}
		catch (NoSuchFieldException ex) {
			// every component has its field; nothing to read if not
		}
		return new AnnotatedElement[] { component.getAccessor(), field, component };
	}

	/** The canonical constructor, typed {@code (Object[])Object}: one argument per component, in order. */
	public static MethodHandle constructor(Class<?> recordType) {
		RecordComponent[] components = recordType.getRecordComponents();
		Class<?>[] parameterTypes = new Class<?>[components.length];
		for (int i = 0; i < components.length; i++) {
			parameterTypes[i] = components[i].getType();
		}
		try {
			Constructor<?> constructor = recordType.getDeclaredConstructor(parameterTypes);
			try {
				constructor.setAccessible(true);
			}
			catch (RuntimeException ex) {
				// a module that does not open the record: unreflect below says why if it is not public
			}
			return MethodHandles.lookup().unreflectConstructor(constructor)
				.asType(MethodType.methodType(Object.class, parameterTypes))
				.asSpreader(Object[].class, components.length);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalArgumentException("Cannot read " + recordType.getName() + ": its canonical constructor is not accessible (" + ex.getMessage() + ")", ex);
		}
	}
}
