package io.jsoncore.internal.reflect;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What reading a JavaBean needs: its no-argument constructor, and for each writable property (a public
 * one-argument {@code setX} or a public non-final field) its declared type and a {@code (Object,Object)void}
 * handle that sets it.
 */
public final class BeanWriters {

	private static final MethodType WRITER = MethodType.methodType(void.class, Object.class, Object.class);

	/** A writable property: its name, declared (unresolved) type and setter. */
	public static final class Writer {

		private final String name;

		private final Type type;

		private final MethodHandle setter;

		private String explicitName;

		private boolean ignored;

		private Class<?>[] views;

		private String[] aliases;

		private JacksonAnnotations.Format format;

		private String managedReference;

		private String backReference;

		private JacksonAnnotations.Unwrapped unwrapped;

		Writer(String name, Type type, MethodHandle setter) {
			this.name = name;
			this.type = type;
			this.setter = setter;
		}

		/** {@code @JsonProperty}'s name on the field, getter or setter, or {@code null}. */
		public String explicitName() {
			return this.explicitName;
		}

		/** Whether {@code @JsonIgnore} is on the field, getter or setter. */
		public boolean ignored() {
			return this.ignored;
		}

		public String name() {
			return this.name;
		}

		/** The property's own {@code @JsonFormat}, or {@code null}. */
		public JacksonAnnotations.Format format() {
			return this.format;
		}

		/** The other names {@code @JsonAlias} lets the property be read by. */
		public String[] aliases() {
			return this.aliases;
		}

		/** Whether the property is read in the active {@code @JsonView}. */
		public boolean visibleIn(Class<?> view) {
			return JacksonAnnotations.visible(this.views, view);
		}

		public Type type() {
			return this.type;
		}

		/** The name of the property's {@code @JsonManagedReference}, or {@code null}. */
		public String managedReference() {
			return this.managedReference;
		}

		/** The property's {@code @JsonUnwrapped}, or {@code null}. */
		public JacksonAnnotations.Unwrapped unwrapped() {
			return this.unwrapped;
		}

		/** The name of the property's {@code @JsonBackReference}, or {@code null}: never read, set by its parent. */
		public String backReference() {
			return this.backReference;
		}

		public MethodHandle setter() {
			return this.setter;
		}
	}

	private BeanWriters() {
	}

	/** The no-argument constructor, typed {@code ()Object}, or {@code null} where there is none. */
	public static MethodHandle constructor(Class<?> beanType) {
		try {
			Constructor<?> constructor = beanType.getDeclaredConstructor();
			if (Modifier.isPrivate(constructor.getModifiers())) {
				return null;
			}
			try {
				constructor.setAccessible(true);
			}
			catch (RuntimeException ex) {
				// left to unreflectConstructor
			}
			return MethodHandles.lookup().unreflectConstructor(constructor).asType(MethodType.methodType(Object.class));
		}
		catch (NoSuchMethodException | IllegalAccessException ex) {
			return null;
		}
	}

	/** The writable properties by name; a setter wins over a public field of the same name. */
	public static Map<String, Writer> writers(Class<?> beanType) {
		Map<String, Writer> writers = new LinkedHashMap<>();
		try {
			for (Field field : beanType.getFields()) {
				int modifiers = field.getModifiers();
				if (!Modifier.isStatic(modifiers) && !Modifier.isFinal(modifiers) && !Modifier.isTransient(modifiers)) {
					field.setAccessible(true);
					MethodHandle setter = MethodHandles.lookup().unreflectSetter(field).asType(WRITER);
					writers.put(field.getName(), new Writer(field.getName(), field.getGenericType(), setter));
				}
			}
			for (Method method : beanType.getMethods()) {
				String name = method.getName();
				String marked = JacksonAnnotations.accessorName(method, "JsonSetter");
				if ((marked != null || (name.length() > 3 && name.startsWith("set"))) && method.getParameterCount() == 1
						&& !Modifier.isStatic(method.getModifiers()) && !method.isBridge() && !method.isSynthetic()) {
					String property = marked != null ? marked : BeanModel.decapitalize(name.substring(3));
					try {
						method.setAccessible(true);
					}
					catch (RuntimeException ex) {
						// left to unreflect
					}
					MethodHandle setter = MethodHandles.lookup().unreflect(method).asType(WRITER);
					writers.put(property, new Writer(property, method.getGenericParameterTypes()[0], setter));
				}
			}
		}
		catch (IllegalAccessException ex) {
			throw new IllegalArgumentException("Cannot read " + beanType.getName() + ": " + ex.getMessage(), ex);
		}
		for (Writer writer : writers.values()) {
			AnnotatedElement[] annotated = { declaredField(beanType, writer.name), BeanModel.setter(beanType, writer.name),
					getter(beanType, writer.name) };
			writer.explicitName = JacksonAnnotations.propertyName(annotated);
			writer.ignored = JacksonAnnotations.ignored(annotated) || JacksonAnnotations.readOnly(annotated);
			writer.views = JacksonAnnotations.views(beanType, annotated);
			writer.aliases = JacksonAnnotations.aliases(annotated);
			writer.format = JacksonAnnotations.format(annotated);
			writer.managedReference = JacksonAnnotations.managedReference(annotated);
			writer.backReference = JacksonAnnotations.backReference(annotated);
			writer.unwrapped = JacksonAnnotations.unwrapped(annotated);
		}
		return writers;
	}

	private static Field declaredField(Class<?> type, String name) {
		for (Class<?> current = type; current != null && current != Object.class; current = current.getSuperclass()) {
			try {
				return current.getDeclaredField(name);
			}
			catch (NoSuchFieldException ex) {
				// look in the superclass
			}
		}
		return null;
	}

	private static Method getter(Class<?> type, String name) {
		for (Method method : type.getMethods()) {
			if (name.equals(BeanModel.propertyName(method))) {
				return method;
			}
		}
		return null;
	}
}
