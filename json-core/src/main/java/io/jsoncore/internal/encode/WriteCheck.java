package io.jsoncore.internal.encode;

import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.jsoncore.internal.Adapters;
import io.jsoncore.internal.Errors;
import io.jsoncore.internal.reflect.BeanModel;
import io.jsoncore.internal.reflect.Polymorphism;
import io.jsoncore.internal.reflect.Property;
import io.jsoncore.internal.reflect.Types;

/**
 * Whether values declared as a type can be written, found from the declared types alone, before any value is:
 * each class a value of it may hold is looked up as a write of it would look it up (so the encoders it builds are
 * the ones the first write uses), and records' and beans' properties, elements and map values are followed. What
 * the declared types do not say (a property declared {@code Object}, an interface that is no polymorphic family)
 * is not followed: a write may still fail there.
 */
public final class WriteCheck {

	private final Adapters adapters;

	private final boolean hasFallback;

	private final Class<?> view;

	private final Set<Class<?>> seen = new HashSet<>();

	private final Set<Class<?>> followed = new LinkedHashSet<>();

	private WriteCheck(Adapters adapters, boolean hasFallback, Class<?> view) {
		this.adapters = adapters;
		this.hasFallback = hasFallback;
		this.view = view;
	}

	/**
	 * @return the classes it followed (records, beans, members of polymorphic families), in the order met
	 * @throws IllegalArgumentException with what a write would say ({@code Type is not JSON serializable: ...}) and
	 * where, for the first class found that cannot be written
	 */
	public static Set<Class<?>> check(Type type, Adapters adapters, boolean hasFallback, Class<?> view) {
		WriteCheck check = new WriteCheck(adapters, hasFallback, view);
		check.walk(type, "$");
		return check.followed;
	}

	private void walk(Type type, String path) {
		if (type instanceof TypeVariable<?>) {
			return; // not resolved: nothing to follow
		}
		Class<?> raw = Types.raw(type);
		if (raw == Object.class || raw.isPrimitive() || (this.adapters != null && this.adapters.forWrite(raw) != null)) {
			return;
		}
		if (raw.isArray()) {
			walk(Types.component(type), path + "[]");
			return;
		}
		if (Collection.class.isAssignableFrom(raw) || Optional.class == raw) {
			walk(Types.argument(type, 0), path + "[]");
			return;
		}
		if (Map.class.isAssignableFrom(raw)) {
			walk(Types.argument(type, 1), path + ".*");
			return;
		}
		if (!this.seen.add(raw)) {
			return;
		}
		Polymorphism.Members members;
		try {
			// a JDK class in a sealed JDK hierarchy (String is a ConstantDesc) is no polymorphic family
			members = BeanModel.isJdkType(raw) ? null : Polymorphism.members(raw);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(Errors.notSerializable(ex.getMessage(), ex).getMessage() + " at " + path, ex);
		}
		if (members != null) {
			for (Class<?> member : members.byId().values()) {
				walk(Types.subtype(type, member), path);
			}
		}
		if (raw.isInterface() || Modifier.isAbstract(raw.getModifiers())) {
			return; // written by the runtime class, which the declared type does not tell
		}
		ValueEncoder encoder = Dispatch.encoderFor(raw);
		if (encoder == SimpleEncoders.FALLBACK) {
			if (!this.hasFallback) {
				throw new IllegalArgumentException(Errors.notSerializable(raw).getMessage() + " at " + path);
			}
			return;
		}
		if (encoder instanceof Unwritable unwritable) {
			throw new IllegalArgumentException(unwritable.message + " at " + path);
		}
		if (encoder instanceof PropertiesEncoder properties) {
			this.followed.add(raw);
			Map<TypeVariable<?>, Type> bindings = Types.bindings(type);
			for (Property property : properties.properties()) {
				if (this.view == null || property.visibleIn(this.view)) {
					walk(Types.resolve(property.type(), bindings), path + "." + property.name());
				}
			}
		}
	}
}
