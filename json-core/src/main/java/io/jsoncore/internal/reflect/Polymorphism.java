package io.jsoncore.internal.reflect;

import java.lang.annotation.Annotation;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which classes a polymorphic type stands for, and the discriminator property that tells them apart. Two kinds of
 * hierarchy, both closed: a sealed interface or abstract class with no annotation, whose members are its permitted
 * subclasses (transitively), named by {@code @JsonTypeName} or their simple names under the codec's discriminator
 * property; and a type with Jackson's {@code @JsonTypeInfo} (inherited, as Jackson has it), whose members are the
 * classes its {@code @JsonSubTypes} list (transitively, and the permitted subclasses of sealed ones), named as
 * Jackson names them. The input only ever picks one of these classes by its name: it never names a class.
 */
public final class Polymorphism {

	/** The discriminator property of sealed hierarchies unless a codec names another. */
	public static final String DISCRIMINATOR = "type";

	private static final String TYPE_INFO = "JsonTypeInfo";

	private Polymorphism() {
	}

	/**
	 * How a member class is told apart: the property ({@code null}: the codec's discriminator, for a sealed
	 * hierarchy), the name it writes, the names it is read by, whether it writes the property itself
	 * ({@code EXISTING_PROPERTY}) and whether it reads the property as one of its own ({@code visible}).
	 */
	public record Membership(String property, String id, Set<String> ids, boolean existing, boolean visible) {

		/** The property under a codec whose discriminator (for sealed hierarchies) is {@code discriminator}. */
		public String property(String discriminator) {
			return this.property != null ? this.property : discriminator;
		}
	}

	/**
	 * What a declared polymorphic type is read as: the property ({@code null}: the codec's), whether members read it
	 * as their own, each name with its class in declaration order, and the class an object without the property
	 * is (a concrete declared type, or {@code defaultImpl}), or {@code null}.
	 */
	public record Members(String property, boolean visible, Map<String, Class<?>> byId, Class<?> defaultImpl) {
	}

	/** What {@code @JsonTypeInfo} says, and the class it is declared on. */
	private record TypeInfo(Class<?> declaredOn, String use, String include, String property, boolean visible,
			Class<?> defaultImpl) {
	}

	/**
	 * How values of {@code type} carry their discriminator, or {@code null} where {@code type} is in no
	 * hierarchy.
	 * @throws IllegalArgumentException for a class outside its sealed hierarchy's closed set, a class in two
	 * hierarchies that name it differently, or a {@code @JsonTypeInfo} json-core refuses; naming the classes
	 */
	public static Membership membership(Class<?> type) {
		TypeInfo info = typeInfo(type);
		Class<?> sealedRoot = sealedRoot(type);
		if (info == null && sealedRoot == null) {
			return null;
		}
		if (info != null) {
			refuseUnsupported(info);
			if (sealedRoot != null && typeInfo(sealedRoot) == null) {
				throw new IllegalArgumentException(type.getName() + " is in two hierarchies with different "
						+ "discriminators: the sealed " + sealedRoot.getName() + " and the @JsonTypeInfo of "
						+ info.declaredOn().getName() + "; annotate " + sealedRoot.getName()
						+ " with the same @JsonTypeInfo, or leave one of them");
			}
			Class<?> other = otherTypeInfo(type, info);
			if (other != null) {
				throw new IllegalArgumentException(type.getName() + " is in two hierarchies with different "
						+ "discriminators: the @JsonTypeInfo of " + info.declaredOn().getName() + " and of "
						+ other.getName());
			}
			String id = annotatedId(type, info);
			Set<String> ids = new LinkedHashSet<>();
			ids.add(id);
			ids.addAll(aliases(type, info));
			return new Membership(property(info), id, ids, info.include().equals("EXISTING_PROPERTY"), info.visible());
		}
		if (!closedSet(sealedRoot).contains(type)) {
			throw new IllegalArgumentException(type.getName() + " is outside the closed set of the sealed "
					+ sealedRoot.getName() + " (it extends a non-sealed member): no discriminator names it, so it "
					+ "could never be read back; make it a permitted subclass, or write another class");
		}
		String id = sealedId(type);
		return new Membership(null, id, Set.of(id), false, false);
	}

	/**
	 * The members of a declared type, or {@code null} where it is not polymorphic: a sealed type or a member of
	 * one, or a type with {@code @JsonTypeInfo}.
	 * @throws IllegalArgumentException for a refused {@code @JsonTypeInfo}, a member that cannot carry a
	 * discriminator, or two members of the same name; naming the classes
	 */
	public static Members members(Class<?> declared) {
		TypeInfo info = typeInfo(declared);
		if (info == null && !isOwnSealed(declared) && sealedRoot(declared) == null) {
			return null;
		}
		Set<Class<?>> classes = new LinkedHashSet<>();
		if (info != null) {
			refuseUnsupported(info);
			collectListed(declared, declared, classes, new LinkedHashSet<>());
		}
		classes.addAll(closedSet(declared));
		Map<String, Class<?>> byId = new LinkedHashMap<>();
		for (Class<?> member : classes) {
			if (!isConcrete(member) || !declared.isAssignableFrom(member)) {
				continue;
			}
			refuseShapeless(declared, member);
			Set<String> ids = new LinkedHashSet<>();
			if (info != null) {
				ids.add(annotatedId(member, info));
				ids.addAll(aliases(member, info));
			}
			else {
				ids.add(sealedId(member));
			}
			for (String id : ids) {
				Class<?> before = byId.putIfAbsent(id, member);
				if (before != null && before != member) {
					throw new IllegalArgumentException("Cannot read " + declared.getName() + ": two of its subtypes, "
							+ before.getName() + " and " + member.getName() + ", have the name \"" + id
							+ "\"; give one of them another with @JsonTypeName");
				}
			}
		}
		Class<?> defaultImpl = isConcrete(declared) ? declared : null;
		if (info != null && info.defaultImpl() != null && declared.isAssignableFrom(info.defaultImpl())) {
			defaultImpl = info.defaultImpl();
		}
		return new Members(info != null ? property(info) : null, info != null && info.visible(), byId, defaultImpl);
	}

	/** Whether {@code type} can be created at all: not an interface, not abstract. */
	public static boolean isConcrete(Class<?> type) {
		return !type.isInterface() && !Modifier.isAbstract(type.getModifiers());
	}

	// ---- sealed hierarchies

	/**
	 * Whether json-core gives {@code type}'s hierarchy a discriminator of its own: it is sealed, and not one of
	 * Spring's. Spring's sealed types (Actuator's health descriptors) were made for Jackson, which writes them
	 * without one, and their bodies are what clients already parse: they stay plain objects.
	 */
	private static boolean isOwnSealed(Class<?> type) {
		return type.isSealed() && !type.getName().startsWith("org.springframework.");
	}

	/** The topmost sealed type whose closed set should hold {@code type}, or {@code null}. */
	private static Class<?> sealedRoot(Class<?> type) {
		Class<?> root = null;
		for (Class<?> supertype : supertypes(type)) {
			if (isOwnSealed(supertype)) {
				root = supertype;
			}
		}
		return root;
	}

	/** A sealed type and its permitted subclasses, theirs, and so on; a type not sealed is its own closed set. */
	static Set<Class<?>> closedSet(Class<?> type) {
		Set<Class<?>> closed = new LinkedHashSet<>();
		addClosed(type, closed);
		return closed;
	}

	private static void addClosed(Class<?> type, Set<Class<?>> closed) {
		if (!closed.add(type) || !type.isSealed()) {
			return;
		}
		for (Class<?> permitted : type.getPermittedSubclasses()) {
			addClosed(permitted, closed);
		}
	}

	private static String sealedId(Class<?> type) {
		String name = typeName(type);
		return name != null ? name : type.getSimpleName();
	}

	// Every superclass and interface of type, transitively, nearest first; not type itself.
	private static List<Class<?>> supertypes(Class<?> type) {
		Set<Class<?>> all = new LinkedHashSet<>();
		List<Class<?>> next = List.of(type);
		while (!next.isEmpty()) {
			List<Class<?>> level = new ArrayList<>();
			for (Class<?> current : next) {
				if (current.getSuperclass() != null && current.getSuperclass() != Object.class
						&& all.add(current.getSuperclass())) {
					level.add(current.getSuperclass());
				}
				for (Class<?> implemented : current.getInterfaces()) {
					if (all.add(implemented)) {
						level.add(implemented);
					}
				}
			}
			next = level;
		}
		return new ArrayList<>(all);
	}

	// ---- @JsonTypeInfo

	/** The {@code @JsonTypeInfo} of the class or the nearest supertype with one; {@code null} for none or NONE. */
	private static TypeInfo typeInfo(Class<?> type) {
		TypeInfo own = declaredTypeInfo(type);
		if (own != null) {
			return own.use().equals("NONE") ? null : own;
		}
		for (Class<?> supertype : supertypes(type)) {
			TypeInfo inherited = declaredTypeInfo(supertype);
			if (inherited != null) {
				return inherited.use().equals("NONE") ? null : inherited;
			}
		}
		return null;
	}

	private static TypeInfo declaredTypeInfo(Class<?> type) {
		if (!JacksonAnnotations.has(type, TYPE_INFO)) {
			return null;
		}
		Object defaultImpl = JacksonAnnotations.value(type, TYPE_INFO, "defaultImpl");
		Class<?> impl = defaultImpl instanceof Class<?> && defaultImpl != Void.class && defaultImpl != void.class
				&& !((Class<?>) defaultImpl).getName().endsWith("." + TYPE_INFO) ? (Class<?>) defaultImpl : null;
		Object property = JacksonAnnotations.value(type, TYPE_INFO, "property");
		return new TypeInfo(type, enumName(JacksonAnnotations.value(type, TYPE_INFO, "use"), "CLASS"),
				enumName(JacksonAnnotations.value(type, TYPE_INFO, "include"), "PROPERTY"),
				property instanceof String ? (String) property : "",
				Boolean.TRUE.equals(JacksonAnnotations.value(type, TYPE_INFO, "visible")), impl);
	}

	// A class in a second hierarchy with its own @JsonTypeInfo that names it differently, or null.
	private static Class<?> otherTypeInfo(Class<?> type, TypeInfo info) {
		for (Class<?> supertype : supertypes(type)) {
			TypeInfo other = declaredTypeInfo(supertype);
			if (other != null && other.declaredOn() != info.declaredOn() && !other.use().equals("NONE")
					&& (!property(other).equals(property(info)) || !other.include().equals(info.include())
							|| !annotatedId(type, other).equals(annotatedId(type, info)))) {
				return supertype;
			}
		}
		return null;
	}

	private static void refuseUnsupported(TypeInfo info) {
		String on = " (@JsonTypeInfo on " + info.declaredOn().getName() + ")";
		switch (info.use()) {
			case "NAME":
			case "SIMPLE_NAME":
				break;
			case "CLASS":
			case "MINIMAL_CLASS":
				throw new IllegalArgumentException("use = " + info.use() + " is not supported" + on
						+ ": a class named by the input is how fastjson's and Jackson's deserialization vulnerabilities "
						+ "began; use NAME with @JsonSubTypes, or a sealed type");
			default:
				throw new IllegalArgumentException("use = " + info.use() + " is not supported" + on
						+ ": only NAME and SIMPLE_NAME, a name the input picks among the listed subtypes");
		}
		if (!info.include().equals("PROPERTY") && !info.include().equals("EXISTING_PROPERTY")) {
			throw new IllegalArgumentException("include = " + info.include() + " is not supported" + on
					+ ": only PROPERTY and EXISTING_PROPERTY, a property of the object itself");
		}
		for (String resolver : List.of("JsonTypeIdResolver", "JsonTypeResolver")) {
			if (JacksonAnnotations.hasDatabind(info.declaredOn(), resolver)) {
				throw new IllegalArgumentException("@" + resolver + " is not supported" + on
						+ ": a custom resolver may name any class; list the subtypes with @JsonSubTypes");
			}
		}
	}

	private static String property(TypeInfo info) {
		return info.property().isEmpty() ? "@type" : info.property();
	}

	// The name a member is written with: its @JsonSubTypes entry's, else its @JsonTypeName, else Jackson's default.
	private static String annotatedId(Class<?> type, TypeInfo info) {
		for (Class<?> owner : withSupertypes(type)) {
			for (Annotation entry : listed(owner)) {
				Object name = JacksonAnnotations.attribute(entry, "name");
				if (JacksonAnnotations.attribute(entry, "value") == type && name instanceof String
						&& !((String) name).isEmpty()) {
					return (String) name;
				}
			}
		}
		String name = typeName(type);
		if (name != null) {
			return name;
		}
		if (info.use().equals("SIMPLE_NAME")) {
			return type.getSimpleName();
		}
		// Jackson's default for NAME: the class name without its package, Outer$Inner for a nested class
		String full = type.getName();
		return full.substring(full.lastIndexOf('.') + 1);
	}

	// The other names @JsonSubTypes.Type(names = {...}) lets a member be read by.
	private static List<String> aliases(Class<?> type, TypeInfo info) {
		List<String> aliases = new ArrayList<>();
		for (Class<?> owner : withSupertypes(type)) {
			for (Annotation entry : listed(owner)) {
				Object names = JacksonAnnotations.attribute(entry, "names");
				if (JacksonAnnotations.attribute(entry, "value") == type && names instanceof String[]) {
					aliases.addAll(List.of((String[]) names));
				}
			}
		}
		return aliases;
	}

	// The classes @JsonSubTypes lists on type and its supertypes, then on each listed class, transitively.
	private static void collectListed(Class<?> declared, Class<?> type, Set<Class<?>> classes, Set<Class<?>> seen) {
		if (!seen.add(type)) {
			return;
		}
		classes.add(type);
		for (Class<?> owner : withSupertypes(type)) {
			for (Annotation entry : listed(owner)) {
				Object listed = JacksonAnnotations.attribute(entry, "value");
				if (listed instanceof Class<?> && declared.isAssignableFrom((Class<?>) listed)) {
					collectListed(declared, (Class<?>) listed, classes, seen);
				}
			}
		}
		for (Class<?> permitted : closedSet(type)) {
			if (permitted != type) {
				collectListed(declared, permitted, classes, seen);
			}
		}
	}

	private static Annotation[] listed(Class<?> owner) {
		Object entries = JacksonAnnotations.value(owner, "JsonSubTypes", "value");
		return entries instanceof Annotation[] ? (Annotation[]) entries : new Annotation[0];
	}

	private static List<Class<?>> withSupertypes(Class<?> type) {
		List<Class<?>> all = new ArrayList<>();
		all.add(type);
		all.addAll(supertypes(type));
		return all;
	}

	private static String typeName(Class<?> type) {
		Object name = JacksonAnnotations.value(type, "JsonTypeName", "value");
		return name instanceof String && !((String) name).isEmpty() ? (String) name : null;
	}

	private static String enumName(Object value, String absent) {
		return value instanceof Enum ? ((Enum<?>) value).name() : absent;
	}

	// A member must be an object to carry a discriminator: not an enum, not a class written as one value.
	private static void refuseShapeless(Class<?> declared, Class<?> member) {
		String why = member.isEnum() ? "an enum" : BeanModel.isJdkType(member) ? "a JDK class"
				: JacksonAnnotations.jsonValueMethod(member) != null ? "written as its @JsonValue" : null;
		if (why != null) {
			throw new IllegalArgumentException("Cannot read " + declared.getName() + ": its subtype " + member.getName()
					+ " is " + why + ", which cannot carry a discriminator; make it a record or a class with properties");
		}
	}
}
