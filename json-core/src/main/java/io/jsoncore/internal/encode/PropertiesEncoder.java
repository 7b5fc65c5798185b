package io.jsoncore.internal.encode;

import java.lang.reflect.Array;
import java.lang.reflect.Executable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import io.jsoncore.Inclusion;
import io.jsoncore.JsonEncodeException;
import io.jsoncore.PropertyNaming;
import io.jsoncore.internal.Errors;
import io.jsoncore.internal.reflect.Accessors;
import io.jsoncore.internal.reflect.BeanModel;
import io.jsoncore.internal.reflect.Creators;
import io.jsoncore.internal.reflect.RecordModel;
import io.jsoncore.internal.reflect.JacksonAnnotations;
import io.jsoncore.internal.reflect.Polymorphism;
import io.jsoncore.internal.reflect.Property;
import io.jsoncore.internal.reflect.Types;
import io.jsoncore.internal.types.PropertyFormats;

/**
 * Records and JavaBeans, orjson's dataclasses: a JSON object of their properties in a fixed order, as declared or,
 * under {@code PropertyOrder.ALPHABETICAL}, as Jackson 3 orders them. Names, orders and readers are made once per
 * class; PASSTHROUGH_RECORD sends the instance to the fallback instead.
 */
public final class PropertiesEncoder implements ValueEncoder {

	private static final PropertyNaming[] NAMINGS = PropertyNaming.values();

	private final Property[] properties;

	private final Function<Object, Object>[] readers;

	// A property's own @JsonFormat, before an adapter or its type's family; null where it has none.
	private final ValueEncoder[] formatted;

	// The record's generated writer, or null: a bean, or a record no class could be generated for.
	private final RecordWriter generated;

	// The "name": bytes per naming strategy, made on first use of each; the holder's final field makes the
	// racy publication safe, and two threads making the same keys make equal ones.
	private final Keys[] keysByNaming = new Keys[NAMINGS.length];

	private static final class Keys {

		final byte[][] bytes;

		// The indexes in PropertyOrder.ALPHABETICAL's order, or null where that is the declared one.
		final int[] alphabetical;

		Keys(byte[][] bytes, int[] alphabetical) {
			this.bytes = bytes;
			this.alphabetical = alphabetical;
		}
	}

	// Jackson 3's order, for PropertyOrder.ALPHABETICAL: the first `pinned` properties (a @JsonPropertyOrder's names)
	// stay first, then the creator's, in its parameters' order, then the rest by JSON name. Null for a record,
	// whose components are all its creator's: its declared order is that order.
	private final Sorting sorting;

	static final class Sorting {

		final int pinned;

		final int[] creator;

		Sorting(int pinned, int[] creator) {
			this.pinned = pinned;
			this.creator = creator;
		}
	}

	// The @JsonAnyGetter map's reader, or null: its entries are written after the properties.
	private final Function<Object, Object> anyGetter;

	// The class's own @JsonNaming, or null to follow the codec's.
	private final PropertyNaming naming;

	// How a member of a polymorphic hierarchy names itself, or null: its discriminator is written first.
	private final Polymorphism.Membership membership;

	// The discriminator's "property": and "name" bytes for the last property and naming written with; racy as the
	// keys are, and as safe.
	private Discriminator discriminator;

	private static final class Discriminator {

		final String property;

		final PropertyNaming naming;

		final byte[] key;

		final byte[] id;

		Discriminator(String property, PropertyNaming naming, byte[] key, byte[] id) {
			this.property = property;
			this.naming = naming;
			this.key = key;
			this.id = id;
		}
	}

	PropertiesEncoder(List<Property> properties, RecordWriter generated) {
		this(properties, generated, null, null, null, null);
	}

	PropertiesEncoder(List<Property> properties, RecordWriter generated, Function<Object, Object> anyGetter,
			Polymorphism.Membership membership, PropertyNaming naming, Sorting sorting) {
		this.naming = naming;
		this.sorting = sorting;
		this.anyGetter = anyGetter;
		this.membership = membership;
		this.generated = generated;
		this.properties = properties.toArray(new Property[0]);
		@SuppressWarnings({ "unchecked", "rawtypes" })
		Function<Object, Object>[] readers = new Function[this.properties.length];
		this.readers = readers;
		this.formatted = new ValueEncoder[this.properties.length];
		for (int i = 0; i < this.properties.length; i++) {
			this.readers[i] = this.properties[i].reader();
			this.formatted[i] = PropertyFormats.encoder(Types.raw(this.properties[i].type()),
					this.properties[i].format());
		}
	}

	private Keys keys(PropertyNaming codec) {
		PropertyNaming naming = this.naming != null ? this.naming : codec;
		Keys keys = this.keysByNaming[naming.ordinal()];
		if (keys == null) {
			KeyBytes keyBytes = new KeyBytes();
			byte[][] bytes = new byte[this.properties.length][];
			for (int i = 0; i < bytes.length; i++) {
				bytes[i] = keyBytes.withColon(this.properties[i].jsonName(naming));
			}
			keys = new Keys(bytes, alphabetical(naming));
			this.keysByNaming[naming.ordinal()] = keys;
		}
		return keys;
	}

	// The indexes in Jackson 3's order under this naming, or null where it is the declared order.
	private int[] alphabetical(PropertyNaming naming) {
		if (this.sorting == null) {
			return null;
		}
		int count = this.properties.length;
		boolean[] placed = new boolean[count];
		int[] order = new int[count];
		int next = 0;
		for (int i = 0; i < this.sorting.pinned; i++) {
			order[next++] = i;
			placed[i] = true;
		}
		for (int index : this.sorting.creator) {
			if (!placed[index]) {
				order[next++] = index;
				placed[index] = true;
			}
		}
		List<Integer> rest = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			if (!placed[i]) {
				rest.add(i);
			}
		}
		rest.sort(Comparator.comparing((Integer i) -> this.properties[i].jsonName(naming)));
		for (int index : rest) {
			order[next++] = index;
		}
		for (int i = 0; i < count; i++) {
			if (order[i] != i) {
				return order;
			}
		}
		return null;
	}

	@Override
	public void encode(Encoder out, Object value, int depth) {
		if (out.has(Options.PASSTHROUGH_RECORD)) {
			out.writeFallback(value, depth);
			return;
		}
		int level = out.enter(depth);
		Keys keys = keys(out.naming);
		int[] order = out.alphabetical ? keys.alphabetical : null;
		out.openContainer('{');
		int written = 0;
		if (this.membership != null && !this.membership.existing()) {
			Discriminator discriminator = discriminator(out, value.getClass());
			out.beginEntry(true, level);
			out.writeKeyBytes(discriminator.key);
			out.writeBytes(discriminator.id);
			written = 1;
		}
		// a generated writer writes strings and primitives itself (not where an adapter applies to them), and every
		// property (not under a view)
		written = this.generated != null && !out.adaptsScalars && out.view == null && order == null
				? this.generated.writeProperties(out, value, keys.bytes, level, written)
				: writeProperties(out, value, keys.bytes, order, level, written);
		if (this.anyGetter != null) {
			written = writeAny(out, value, written, level);
		}
		if (written == 0) {
			out.pos--; // nothing written: take back the '{' and write an empty object
			out.writeEmpty('{', '}');
		}
		else {
			out.endContainer('}', level);
		}
	}

	// The same entries as a generated RecordWriter, through the readers; in `order` where it is not null.
	private int writeProperties(Encoder out, Object value, byte[][] keys, int[] order, int level, int written) {
		Class<?> view = out.view;
		for (int k = 0; k < keys.length; k++) {
			int i = order != null ? order[k] : k;
			if (view != null && !this.properties[i].visibleIn(view)) {
				continue;
			}
			Object property = read(i, value);
			if (this.properties[i].unwrapped() != null) {
				written = writeUnwrapped(out, property, i, level, written);
				continue;
			}
			Inclusion inclusion = this.properties[i].inclusion();
			if (!included(property, inclusion != null ? inclusion : out.inclusion)) {
				continue;
			}
			out.beginEntry(written == 0, level);
			written++;
			out.writeKeyBytes(keys[i]);
			if (this.formatted[i] != null && property != null) {
				this.formatted[i].encode(out, property, level);
			}
			else {
				out.writeValue(property, level);
			}
		}
		return written;
	}

	// A @JsonUnwrapped property: its value's own entries in its place, their names with its prefix and suffix; a
	// null one writes nothing, as in Jackson.
	private int writeUnwrapped(Encoder out, Object child, int index, int level, int written) {
		if (child == null) {
			return written;
		}
		ValueEncoder encoder = Dispatch.encoderFor(child.getClass());
		if (!(encoder instanceof PropertiesEncoder)) {
			throw new JsonEncodeException("@JsonUnwrapped property '" + this.properties[index].name() + "' holds a "
					+ child.getClass().getName() + ", which is not written as an object of properties");
		}
		PropertiesEncoder inner = (PropertiesEncoder) encoder;
		JacksonAnnotations.Unwrapped affix = this.properties[index].unwrapped();
		Keys innerKeys = inner.keys(out.naming);
		byte[][] keys = affix.prefix().isEmpty() && affix.suffix().isEmpty() ? innerKeys.bytes
				: inner.affixedKeys(out.naming, affix);
		written = inner.writeProperties(out, child, keys, out.alphabetical ? innerKeys.alphabetical : null, level,
				written);
		return inner.anyGetter != null ? inner.writeAny(out, child, written, level) : written;
	}

	// The keys of this class's properties unwrapped with a prefix or suffix, made on each first use of the last
	// affix and naming: a class unwrapped under several affixes makes them again in turn.
	private byte[][] affixedKeys(PropertyNaming codec, JacksonAnnotations.Unwrapped affix) {
		PropertyNaming naming = this.naming != null ? this.naming : codec;
		Affixed affixed = this.affixed;
		if (affixed == null || !affixed.affix.equals(affix) || affixed.naming != naming) {
			KeyBytes keyBytes = new KeyBytes();
			byte[][] bytes = new byte[this.properties.length][];
			for (int i = 0; i < bytes.length; i++) {
				bytes[i] = keyBytes.withColon(affix.name(this.properties[i].jsonName(naming)));
			}
			affixed = new Affixed(affix, naming, bytes);
			this.affixed = affixed;
		}
		return affixed.keys;
	}

	private Affixed affixed;

	private static final class Affixed {

		final JacksonAnnotations.Unwrapped affix;

		final PropertyNaming naming;

		final byte[][] keys;

		Affixed(JacksonAnnotations.Unwrapped affix, PropertyNaming naming, byte[][] keys) {
			this.affix = affix;
			this.naming = naming;
			this.keys = keys;
		}
	}

	// The entries of the @JsonAnyGetter map, as more properties.
	private int writeAny(Encoder out, Object value, int written, int level) {
		Map<?, ?> extra = (Map<?, ?>) this.anyGetter.apply(value);
		if (extra == null) {
			return written;
		}
		for (Map.Entry<?, ?> entry : extra.entrySet()) {
			if (entry.getKey() == null) {
				continue;
			}
			out.beginEntry(written == 0, level);
			written++;
			out.writeKey(entry.getKey().toString());
			out.writeColon();
			out.writeValue(entry.getValue(), level);
		}
		return written;
	}

	// The discriminator's bytes under the encoder's settings; a property of its name is an error, found on first use.
	private Discriminator discriminator(Encoder out, Class<?> type) {
		String property = this.membership.property(out.discriminator);
		Discriminator discriminator = this.discriminator;
		if (discriminator == null || !discriminator.property.equals(property) || discriminator.naming != out.naming) {
			PropertyNaming naming = this.naming != null ? this.naming : out.naming;
			for (Property own : this.properties) {
				if (own.jsonName(naming).equals(property)) {
					throw Errors.notSerializable(type.getName() + ": its property \"" + property
							+ "\" has the name of its discriminator; rename one of them", null);
				}
			}
			KeyBytes bytes = new KeyBytes();
			discriminator = new Discriminator(property, out.naming, bytes.withColon(property),
					bytes.quoted(this.membership.id()));
			this.discriminator = discriminator;
		}
		return discriminator;
	}

	static boolean included(Object value, Inclusion inclusion) {
		switch (inclusion) {
			case NON_NULL:
				return value != null;
			case NON_EMPTY:
				return value != null && !isEmpty(value);
			default:
				return true;
		}
	}

	private static boolean isEmpty(Object value) {
		if (value instanceof CharSequence) {
			return ((CharSequence) value).length() == 0;
		}
		if (value instanceof Collection) {
			return ((Collection<?>) value).isEmpty();
		}
		if (value instanceof Map) {
			return ((Map<?, ?>) value).isEmpty();
		}
		if (value instanceof Optional) {
			return ((Optional<?>) value).isEmpty();
		}
		return value.getClass().isArray() && Array.getLength(value) == 0;
	}

	private Object read(int index, Object instance) {
		try {
			return this.readers[index].apply(instance);
		}
		catch (RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			// a checked exception from a getter, thrown through the spun lambda
			throw new JsonEncodeException("Property '" + this.properties[index].name() + "' of "
					+ instance.getClass().getName() + " could not be read: " + ex, ex);
		}
	}

	/** The properties written, in order, before any view or inclusion rule: what {@link WriteCheck} walks. */
	Property[] properties() {
		return this.properties;
	}

	// A bean's pinned count and creator properties, for PropertyOrder.ALPHABETICAL.
	private static Sorting sorting(Class<?> type, List<Property> properties) {
		int pinned = 0;
		for (String name : JacksonAnnotations.propertyOrder(type)) {
			for (Property property : properties) {
				if (property.named(name)) {
					pinned++;
					break;
				}
			}
		}
		List<Integer> creator = new ArrayList<>();
		Executable executable = creator(type);
		if (executable != null) {
			for (String name : Creators.parameterNames(executable, new boolean[executable.getParameterCount()])) {
				for (int i = 0; i < properties.size(); i++) {
					Property property = properties.get(i);
					if (name != null && property.named(name) && !creator.contains(i)) {
						creator.add(i);
						break;
					}
				}
			}
		}
		return new Sorting(pinned, creator.stream().mapToInt(Integer::intValue).toArray());
	}

	// What reads the bean's properties at construction: its @JsonCreator (not a delegating one), else its one
	// constructor where it has no no-argument one; null for a bean read through setters.
	private static Executable creator(Class<?> type) {
		Executable annotated = JacksonAnnotations.creator(type);
		if (annotated != null) {
			return JacksonAnnotations.delegating(annotated) ? null : annotated;
		}
		try {
			return Creators.immutableConstructor(type);
		}
		catch (IllegalArgumentException ex) {
			return null; // several constructors, none marked: reading says so; writing keeps to the names
		}
	}

	/**
	 * The encoder of a record ({@code record}) or a bean: its properties, read once; a record's through a writer
	 * class generated for it where one can be.
	 */
	public static ValueEncoder of(Class<?> type, boolean record) {
		Polymorphism.Membership membership;
		PropertyNaming naming;
		try {
			membership = Polymorphism.membership(type);
			naming = JacksonAnnotations.naming(type, null);
		}
		catch (IllegalArgumentException ex) {
			// outside its sealed hierarchy, or in two, or a @JsonNaming with no equal: say so on every write
			return new Unwritable(Errors.notSerializable(ex.getMessage(), ex).getMessage(), ex, false);
		}
		try {
			List<Property> properties = record ? RecordModel.properties(type) : BeanModel.properties(type);
			return new PropertiesEncoder(properties, record ? RecordWriters.generate(type, properties) : null,
					Accessors.anyGetter(type), membership, naming, record ? null : sorting(type, properties));
		}
		catch (RuntimeException ex) {
			// A class whose properties cannot be read (a module that does not open it): say so on every write.
			return new Unwritable(Errors.notSerializable(type, ex).getMessage(), ex, true);
		}
	}
}
