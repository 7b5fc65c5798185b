package io.jsoncore.internal.bind;

import java.lang.invoke.MethodHandle;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Executable;
import java.lang.reflect.Parameter;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import io.jsoncore.JsonAdapter;
import io.jsoncore.JsonDecodeException;
import io.jsoncore.PropertyNaming;
import io.jsoncore.internal.Adapters;
import io.jsoncore.internal.decode.JsonParser;
import io.jsoncore.internal.decode.ReadLimits;
import io.jsoncore.internal.reflect.BeanModel;
import io.jsoncore.internal.reflect.BeanWriters;
import io.jsoncore.internal.reflect.Creators;
import io.jsoncore.internal.reflect.JacksonAnnotations;
import io.jsoncore.internal.reflect.RecordModel;
import io.jsoncore.internal.reflect.Types;
import io.jsoncore.internal.types.Decoders;
import io.jsoncore.internal.types.OptionalFamily;
import io.jsoncore.internal.types.TypeFamilies;

/**
 * Typed {@code loads}: builds one {@link TypeDecoder} per Java type, once, and caches it. Building is
 * reflection; reading is method handles and the decoders built here, with no reflection per call.
 *
 * <p>A codec without adapters shares its decoders with every other such codec of the same naming, cached on the
 * types themselves ({@link SharedDecoders}), so no cache here keeps a class loader alive. A codec with adapters
 * builds its own, cached in itself: they go when the codec goes.
 *
 * <p>A type that refers to itself ({@code record Node(List<Node> children)}) gets a forwarding decoder while
 * it is being built. Decoders built together are published together when the build ends, so no thread ever sees
 * one that still forwards to nothing; two threads racing on a first use may both build, and the first to publish
 * wins.
 */
public final class Binding {

	private static final Binding[] SHARED = new Binding[PropertyNaming.values().length];

	static {
		for (PropertyNaming naming : PropertyNaming.values()) {
			SHARED[naming.ordinal()] = new Binding(naming, null, new SharedDecoders(naming));
		}
	}

	final PropertyNaming naming;

	private final Adapters adapters;

	private final DecoderCache cache;

	private Binding(PropertyNaming naming, Adapters adapters, DecoderCache cache) {
		this.naming = naming;
		this.adapters = adapters;
		this.cache = cache;
	}

	/** Typed reading for a naming and a codec's adapters ({@code null}: none). */
	public static Binding of(PropertyNaming naming, Adapters adapters) {
		return adapters == null ? SHARED[naming.ordinal()] : new Binding(naming, adapters, new CodecDecoders());
	}

	/**
	 * Reads {@code src[0, length)} as one document of {@code type}.
	 * @throws JsonDecodeException for invalid JSON, or a value that does not fit its Java type
	 * @throws IllegalArgumentException for a type jsoncore cannot read, naming it and what to add
	 */
	public Object read(byte[] src, int length, Type type, ReadLimits limits, boolean failOnUnknownProperties) {
		TypeDecoder decoder = decoderFor(type);
		JsonParser in = JsonParser.open(src, length, limits);
		in.failOnUnknownProperties(failOnUnknownProperties);
		Object value;
		try {
			value = decoder.read(in);
		}
		catch (BindException ex) {
			JsonDecodeException error = in.errorAt(ex.reason(), ex.position());
			if (ex.getCause() != null && error.getCause() == null) {
				error.initCause(ex.getCause());
			}
			throw error;
		}
		catch (StackOverflowError ex) {
			throw in.depthExceeded();
		}
		in.finish();
		return value;
	}

	/** The decoder of {@code type}, built on first use. */
	TypeDecoder decoderFor(Type type) {
		TypeDecoder cached = this.cache.get(type);
		if (cached != null) {
			return cached;
		}
		Build build = new Build(this);
		build.decoderFor(type);
		for (Map.Entry<Type, TypeDecoder> built : build.done.entrySet()) {
			this.cache.putIfAbsent(built.getKey(), built.getValue());
		}
		return this.cache.get(type);
	}

	/** The decoders one build makes, and the forwarders for types still being built. */
	private static final class Build implements Decoders {

		final Binding binding;

		final PropertyNaming naming;

		final Map<Type, TypeDecoder> done = new HashMap<>();

		final Map<Type, Forward> pending = new HashMap<>();

		Build(Binding binding) {
			this.binding = binding;
			this.naming = binding.naming;
		}

		@Override
		public PropertyNaming naming() {
			return this.naming;
		}

		@Override
		public TypeDecoder decoderFor(Type type) {
			TypeDecoder decoder = this.binding.cache.get(type);
			if (decoder == null) {
				decoder = this.done.get(type);
			}
			if (decoder == null) {
				decoder = this.pending.get(type);
			}
			if (decoder != null) {
				return decoder;
			}
			Forward forward = new Forward();
			this.pending.put(type, forward);
			decoder = this.binding.create(type, this);
			forward.target = decoder;
			this.pending.remove(type);
			this.done.put(type, decoder);
			return decoder;
		}
	}

	/** Stands in for a decoder still being built; set before anything that holds it is published. */
	private static final class Forward implements TypeDecoder {

		TypeDecoder target;

		@Override
		public Object read(JsonParser in) {
			return this.target.read(in);
		}
	}

	private TypeDecoder create(Type type, Build build) {
		Class<?> raw = Types.raw(type);
		JsonAdapter<?> adapter = this.adapters != null ? this.adapters.forRead(raw) : null;
		if (adapter != null) {
			TypeDecoder adapted = new AdapterDecoder(Values.describe(type), raw, adapter, this);
			return raw.isPrimitive() ? adapted : nullable(adapted);
		}
		if (raw.isPrimitive()) {
			return TypeFamilies.decoder(type, raw, build);
		}
		TypeDecoder decoder = reference(type, raw, build);
		return OptionalFamily.readsNull(raw) ? decoder : nullable(decoder);
	}

	// null reads as null for every reference type but the optionals, which read it as empty.
	private static TypeDecoder nullable(TypeDecoder decoder) {
		return (in) -> {
			if (in.current() == 'n') {
				in.readNull();
				return null;
			}
			return decoder.read(in);
		};
	}

	private static TypeDecoder reference(Type type, Class<?> raw, Build build) {
		String expected = Values.describe(type);
		if (raw == Object.class) {
			return JsonParser::readValue;
		}
		TypeDecoder family = TypeFamilies.decoder(type, raw, build);
		if (family != null) {
			return family;
		}
		Executable creator = raw.getName().startsWith("java.") ? null : JacksonAnnotations.creator(raw);
		if (creator != null) {
			return creator(type, raw, creator, build);
		}
		if (raw.isRecord()) {
			return record(type, raw, build);
		}
		return bean(type, raw, build);
	}

	private static TypeDecoder record(Type type, Class<?> raw, Build build) {
		Map<TypeVariable<?>, Type> bindings = Types.bindings(type);
		RecordComponent[] components = raw.getRecordComponents();
		String[] names = new String[components.length];
		TypeDecoder[] decoders = new TypeDecoder[components.length];
		Object[] defaults = new Object[components.length];
		Set<String> ignored = new HashSet<>();
		for (int i = 0; i < components.length; i++) {
			AnnotatedElement[] annotated = RecordModel.annotated(raw, components[i]);
			String explicit = JacksonAnnotations.propertyName(annotated);
			String name = explicit != null ? explicit : build.naming.translate(components[i].getName());
			// an ignored component is never read: it keeps its default, and its name is skipped even when unknown
			// properties are errors, as Jackson does
			if (JacksonAnnotations.ignored(annotated)) {
				ignored.add(name);
				name = null;
			}
			names[i] = name;
			decoders[i] = build.decoderFor(Types.resolve(components[i].getGenericType(), bindings));
			defaults[i] = missing(components[i].getType());
		}
		MethodHandle constructor = RecordModel.constructor(raw);
		return new RecordDecoder(Values.describe(type), names, decoders, defaults, constructor,
				JacksonAnnotations.ignoresUnknown(raw), ignored);
	}

	// Jackson's @JsonCreator: one unnamed parameter (or mode DELEGATING) reads the whole value as that parameter;
	// otherwise each parameter is a property, named by @JsonProperty or, compiled with -parameters, by its name.
	private static TypeDecoder creator(Type type, Class<?> raw, Executable creator, Build build) {
		Map<TypeVariable<?>, Type> bindings = Types.bindings(type);
		Parameter[] parameters = creator.getParameters();
		Type[] parameterTypes = creator.getGenericParameterTypes();
		MethodHandle spread = Creators.spread(creator);
		String expected = Values.describe(type);
		if (parameters.length == 1 && (JacksonAnnotations.delegating(creator)
				|| JacksonAnnotations.propertyName(parameters[0]) == null)) {
			TypeDecoder delegate = build.decoderFor(Types.resolve(parameterTypes[0], bindings));
			return (in) -> {
				int start = in.position();
				Object argument = delegate.read(in);
				try {
					return spread.invoke(new Object[] { argument });
				}
				catch (Throwable ex) {
					throw new BindException(expected, "a value its creator rejects (" + ex + ")", start);
				}
			};
		}
		String[] names = new String[parameters.length];
		TypeDecoder[] decoders = new TypeDecoder[parameters.length];
		Object[] defaults = new Object[parameters.length];
		for (int i = 0; i < parameters.length; i++) {
			String explicit = JacksonAnnotations.propertyName(parameters[i]);
			if (explicit == null && !parameters[i].isNamePresent()) {
				throw new IllegalArgumentException("Cannot read " + raw.getName() + ": parameter " + i + " of its @JsonCreator "
						+ creator + " has no name; add @JsonProperty(\"name\") to it, or compile with -parameters");
			}
			names[i] = explicit != null ? explicit : build.naming.translate(parameters[i].getName());
			decoders[i] = build.decoderFor(Types.resolve(parameterTypes[i], bindings));
			defaults[i] = missing(parameters[i].getType());
		}
		return new RecordDecoder(expected, names, decoders, defaults, spread, JacksonAnnotations.ignoresUnknown(raw),
				Set.of());
	}

	private static TypeDecoder bean(Type type, Class<?> raw, Build build) {
		if (raw.isInterface() || Modifier.isAbstract(raw.getModifiers())) {
			throw new IllegalArgumentException("Cannot read " + raw.getName() + ": it is "
					+ (raw.isInterface() ? "an interface" : "abstract")
					+ "; declare a concrete class or a record, a List, Set or Map, in its place");
		}
		if (raw.getName().startsWith("java.") || raw.getName().startsWith("javax.")) {
			throw new IllegalArgumentException("Cannot read " + raw.getName()
					+ ": it is not one of the JDK types jsoncore reads (see the README's type table)");
		}
		MethodHandle constructor = BeanWriters.constructor(raw);
		if (constructor == null) {
			throw new IllegalArgumentException("Cannot read " + raw.getName()
					+ ": it is not a record and has no non-private no-argument constructor; add one, or make it a record");
		}
		Map<TypeVariable<?>, Type> bindings = Types.bindings(type);
		// in BeanWriters' order, which documents often follow: the slot after the last one read is tried first
		Map<String, BeanDecoder.Slot> slots = new LinkedHashMap<>();
		Set<String> ignored = new HashSet<>();
		for (BeanWriters.Writer writer : BeanWriters.writers(raw).values()) {
			String name = writer.explicitName() != null ? writer.explicitName() : build.naming.translate(writer.name());
			if (writer.ignored()) {
				ignored.add(name);
				continue;
			}
			TypeDecoder decoder = build.decoderFor(Types.resolve(writer.type(), bindings));
			slots.put(name, new BeanDecoder.Slot(decoder, writer.setter()));
		}
		if (slots.isEmpty() && !BeanModel.isBean(raw)) {
			throw new IllegalArgumentException("Cannot read " + raw.getName()
					+ ": it has no setters or public fields; add them, or make it a record");
		}
		return new BeanDecoder(Values.describe(type), constructor, slots, JacksonAnnotations.ignoresUnknown(raw), ignored);
	}

	private static Object missing(Class<?> type) {
		if (type.isPrimitive()) {
			if (type == boolean.class) {
				return false;
			}
			if (type == char.class) {
				return '\0';
			}
			if (type == long.class) {
				return 0L;
			}
			if (type == double.class) {
				return 0.0;
			}
			if (type == float.class) {
				return 0.0f;
			}
			if (type == short.class) {
				return (short) 0;
			}
			if (type == byte.class) {
				return (byte) 0;
			}
			return 0;
		}
		return OptionalFamily.missing(type);
	}
}
