package io.jsoncore.internal.bind;

import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.Map;

import io.jsoncore.JsonAdapter;
import io.jsoncore.JsonDecodeException;
import io.jsoncore.PropertyNaming;
import io.jsoncore.internal.Adapters;
import io.jsoncore.internal.decode.JsonParser;
import io.jsoncore.internal.decode.ReadLimits;
import io.jsoncore.internal.reflect.Polymorphism;
import io.jsoncore.internal.reflect.Types;
import io.jsoncore.internal.types.Decoders;
import io.jsoncore.internal.types.OptionalFamily;
import io.jsoncore.internal.types.TypeFamilies;

/**
 * Typed {@code loads}: builds one {@link TypeDecoder} per Java type, once, and caches it. Building is
 * reflection; reading is method handles and the decoders built here, with no reflection per call.
 *
 * <p>A codec without adapters, a view or a discriminator of its own shares its decoders with every other such codec
 * of the same naming, cached on the types themselves ({@link SharedDecoders}), so no cache here keeps a class
 * loader alive. Any other codec builds its own, cached in itself: they go when the codec goes.
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
			SHARED[naming.ordinal()] = new Binding(naming, null, null, Polymorphism.DISCRIMINATOR, new SharedDecoders(naming));
		}
	}

	final PropertyNaming naming;

	private final Adapters adapters;

	private final Class<?> view;

	private final String discriminator;

	private final DecoderCache cache;

	private Binding(PropertyNaming naming, Adapters adapters, Class<?> view, String discriminator, DecoderCache cache) {
		this.naming = naming;
		this.adapters = adapters;
		this.view = view;
		this.discriminator = discriminator;
		this.cache = cache;
	}

	/**
	 * Typed reading for a naming, a codec's adapters and its view (each {@code null}: none), and the discriminator
	 * property of sealed hierarchies.
	 */
	public static Binding of(PropertyNaming naming, Adapters adapters, Class<?> view, String discriminator) {
		if (adapters == null && view == null && discriminator.equals(Polymorphism.DISCRIMINATOR)) {
			return SHARED[naming.ordinal()];
		}
		return new Binding(naming, adapters, view, discriminator, new CodecDecoders());
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

	/**
	 * Builds and keeps the decoder of {@code type}, as the first read of it would.
	 * @throws IllegalArgumentException for a type jsoncore cannot read, naming it and what to add
	 */
	public void prepare(Type type) {
		decoderFor(type);
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
		public Class<?> view() {
			return this.binding.view;
		}

		@Override
		public String discriminator() {
			return this.binding.discriminator;
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
		if (raw == Object.class) {
			return nullable(JsonParser::readValue);
		}
		// the last family, beans, takes any class or says why it cannot
		TypeDecoder decoder = TypeFamilies.decoder(type, raw, build);
		return raw.isPrimitive() || OptionalFamily.readsNull(raw) ? decoder : nullable(decoder);
	}

	/** {@code decoder} with JSON {@code null} read as {@code null}: every reference type but the optionals. */
	public static TypeDecoder nullable(TypeDecoder decoder) {
		return (in) -> {
			if (in.current() == 'n') {
				in.readNull();
				return null;
			}
			return decoder.read(in);
		};
	}
}
