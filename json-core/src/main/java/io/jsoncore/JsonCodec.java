package io.jsoncore;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import io.jsoncore.internal.Adapters;
import io.jsoncore.internal.Errors;
import io.jsoncore.internal.Settings;
import io.jsoncore.internal.decode.ErrorPosition;
import io.jsoncore.internal.decode.JsonParser;
import io.jsoncore.internal.decode.ReadLimits;
import io.jsoncore.internal.encode.Encoding;
import io.jsoncore.internal.encode.Options;
import io.jsoncore.internal.encode.WriteCheck;
import io.jsoncore.internal.reflect.Polymorphism;

/**
 * An immutable, configured codec: options and fallback for writing, limits for reading. Build one, keep it,
 * and share it between threads: every method is thread-safe and takes no lock. {@link Json}'s static methods
 * use {@link #defaults()}; the Spring integration holds one built from {@code spring.json.*}.
 *
 * <pre>{@code
 * JsonCodec codec = JsonCodec.builder()
 *     .options(JsonOption.SORT_KEYS, JsonOption.UTC_Z)
 *     .adapter(Money.class, JsonAdapter.text(Money::toString, Money::parse))
 *     .build();
 * byte[] json = codec.dumps(order);
 * Order back = codec.loads(json, Order.class);
 * }</pre>
 *
 * <p>A codec with adapters keeps what it learns about types (which adapter writes a class, the decoder of each type
 * read) in itself, so that it goes when the codec goes; codecs without adapters share theirs, kept on the types.
 */
public final class JsonCodec {

	/** orjson's default: 1024 nested arrays and objects are read; the next one fails. */
	public static final int DEFAULT_MAX_DEPTH = 1024;

	/**
	 * Numbers longer than this many characters are rejected: enough for any double (the test vectors run to
	 * 1,024 digits), short enough that {@code BigInteger} parsing, quadratic in the digits, stays fast.
	 */
	public static final int DEFAULT_MAX_NUMBER_LENGTH = 10_000;

	/** Jackson 3's default string limit, so a Spring app moving over accepts what it accepted. */
	public static final int DEFAULT_MAX_STRING_LENGTH = 100_000_000;

	/** Far above any hand-written object, low enough to bound one object's map; Jackson has no such limit. */
	public static final int DEFAULT_MAX_OBJECT_PROPERTIES = 1_000_000;

	/** No limit of its own: a {@code byte[]} cannot be larger. */
	public static final int DEFAULT_MAX_DOCUMENT_SIZE = Integer.MAX_VALUE - 8;

	private static final JsonCodec DEFAULTS = builder().build();

	private final Set<JsonOption> options;

	private final Settings settings;

	private JsonCodec(Builder builder) {
		this.options = Collections.unmodifiableSet(EnumSet.copyOf(builder.options));
		ReadLimits limits = new ReadLimits(builder.maxDepth, builder.maxNumberLength, builder.maxStringLength,
				builder.maxObjectProperties, builder.maxDocumentSize);
		this.settings = new Settings(Options.mask(builder.options.toArray(new JsonOption[0])), builder.fallback,
				builder.propertyNaming, builder.inclusion, limits, builder.failOnUnknownProperties,
				builder.adapters.isEmpty() ? null : new Adapters(builder.adapters), builder.view, builder.discriminator,
				builder.propertyOrder);
	}

	/** The codec with no options, no fallback and the default limits. */
	public static JsonCodec defaults() {
		return DEFAULTS;
	}

	public static Builder builder() {
		return new Builder();
	}

	/** A builder that starts from this codec's settings. */
	public Builder toBuilder() {
		Builder builder = new Builder();
		Settings settings = this.settings;
		builder.options.addAll(this.options);
		builder.fallback = settings.fallback;
		builder.maxDepth = settings.limits.maxDepth();
		builder.maxNumberLength = settings.limits.maxNumberLength();
		builder.maxStringLength = settings.limits.maxStringLength();
		builder.maxObjectProperties = settings.limits.maxObjectProperties();
		builder.maxDocumentSize = settings.limits.maxDocumentSize();
		builder.propertyNaming = settings.naming;
		builder.inclusion = settings.inclusion;
		builder.failOnUnknownProperties = settings.failOnUnknownProperties;
		if (settings.adapters != null) {
			builder.adapters.putAll(settings.adapters.registered());
		}
		builder.view = settings.view;
		builder.discriminator = settings.discriminator;
		builder.propertyOrder = settings.propertyOrder;
		return builder;
	}

	/**
	 * Writes {@code value} as UTF-8 JSON with this codec's options and fallback.
	 * @throws JsonEncodeException when a value cannot be written (orjson's message; the fallback's exception is
	 * the cause)
	 */
	public byte[] dumps(Object value) {
		return Encoding.dumps(value, this.settings);
	}

	/**
	 * Writes {@code value} to {@code out}: the whole document is encoded first, so on a
	 * {@link JsonEncodeException} nothing has been written. The stream is neither flushed nor closed.
	 */
	public void dumps(Object value, OutputStream out) throws IOException {
		// a chunk that is never reached: the whole document is encoded before the one write
		Encoding.dumps(value, this.settings, out, Integer.MAX_VALUE);
	}

	/**
	 * Writes {@code value} to {@code out} as it is encoded: whenever the buffered output reaches
	 * {@code chunkSize} bytes between two entries of a list or an object, it is passed to {@code out} and the
	 * buffer starts over, so memory stays near {@code chunkSize} plus one entry however large the document.
	 * The rest follows in one last write. On a {@link JsonEncodeException} the chunks already passed stay
	 * written: the caller decides what a partial document means (the Spring starter aborts the response).
	 * The stream is neither flushed nor closed.
	 * @param chunkSize the size, in bytes, from which buffered output is passed on; at least 1
	 */
	public void dumps(Object value, OutputStream out, int chunkSize) throws IOException {
		if (chunkSize < 1) {
			throw new IllegalArgumentException("chunkSize must be at least 1, was " + chunkSize);
		}
		Encoding.dumps(value, this.settings, out, chunkSize);
	}

	/**
	 * Parses one JSON document from UTF-8 bytes into the untyped tree described at {@link Json#loads(byte[])}.
	 * @throws JsonDecodeException when the input is not valid JSON or exceeds a limit
	 */
	public Object loads(byte[] json) {
		return JsonParser.parse(json, json.length, this.settings.limits);
	}

	/** Parses a document given as text, from its UTF-8 form; a lone surrogate is an error, as in orjson. */
	public Object loads(String json) {
		return loads(utf8(json));
	}

	/**
	 * Reads {@code in} to its end and parses it; the stream is not closed. Reading stops one byte past
	 * {@code maxDocumentSize}, so an oversized stream is rejected without being read whole.
	 */
	public Object loads(InputStream in) throws IOException {
		byte[] bytes = readDocument(in);
		return JsonParser.parse(bytes, bytes.length, this.settings.limits);
	}

	private byte[] readDocument(InputStream in) throws IOException {
		return in.readNBytes((int) Math.min((long) this.settings.limits.maxDocumentSize() + 1, DEFAULT_MAX_DOCUMENT_SIZE));
	}

	/**
	 * Reads a document into {@code type}: records, beans, collections, maps, arrays and the types listed in the
	 * docs/types.md. A value that does not fit is an error naming the JSON path and the Java type:
	 * {@code expected int but found a string at $.items[3].qty: line 1 column 40 (char 39)}.
	 * @throws JsonDecodeException when the input is not valid JSON or does not fit the type
	 * @throws IllegalArgumentException when jsoncore cannot read {@code type} at all (the message says what to
	 * add), on the first use of that type
	 */
	public <T> T loads(byte[] json, Class<T> type) {
		return readAs(json, json.length, type);
	}

	/** Reads a document into a generic type, such as {@code List<Order>}; see {@link #loads(byte[], Class)}. */
	public <T> T loads(byte[] json, TypeRef<T> type) {
		return readAs(json, json.length, type.type());
	}

	/** Reads a document into a type given by reflection; see {@link #loads(byte[], Class)}. */
	public <T> T loads(byte[] json, Type type) {
		return readAs(json, json.length, type);
	}

	/** Reads text into {@code type}; see {@link #loads(byte[], Class)}. */
	public <T> T loads(String json, Class<T> type) {
		byte[] bytes = utf8(json);
		return readAs(bytes, bytes.length, type);
	}

	/** Reads text into a generic type; see {@link #loads(byte[], Class)}. */
	public <T> T loads(String json, TypeRef<T> type) {
		byte[] bytes = utf8(json);
		return readAs(bytes, bytes.length, type.type());
	}

	/** Reads {@code in} to its end into {@code type}; the stream is not closed. */
	public <T> T loads(InputStream in, Class<T> type) throws IOException {
		return loads(in, (Type) type);
	}

	/** Reads {@code in} to its end into a type given by reflection; the stream is not closed. */
	public <T> T loads(InputStream in, Type type) throws IOException {
		byte[] bytes = readDocument(in);
		return readAs(bytes, bytes.length, type);
	}

	/** Reads {@code in} to its end into a generic type; the stream is not closed. */
	public <T> T loads(InputStream in, TypeRef<T> type) throws IOException {
		return loads(in, type.type());
	}

	@SuppressWarnings("unchecked")
	private <T> T readAs(byte[] json, int length, Type type) {
		Settings settings = this.settings;
		return (T) settings.binding.read(json, length, type, settings.limits, settings.failOnUnknownProperties);
	}

	/**
	 * Turns any value (an untyped tree, a map, a record) into {@code type}: exactly what
	 * {@code loads(dumps(value), type)} gives under this codec's options and adapters, errors included.
	 * @throws JsonEncodeException when {@code value} cannot be written
	 * @throws JsonDecodeException when what it writes does not fit {@code type}, with the JSON path
	 */
	public <T> T convert(Object value, Class<T> type) {
		return convert(value, (Type) type);
	}

	/** Turns any value into a generic type; see {@link #convert(Object, Class)}. */
	public <T> T convert(Object value, TypeRef<T> type) {
		return convert(value, type.type());
	}

	private <T> T convert(Object value, Type type) {
		byte[] json = dumps(value);
		return readAs(json, json.length, type);
	}

	public Set<JsonOption> options() {
		return this.options;
	}

	/** The fallback function, or {@code null} for none. */
	public Function<Object, Object> fallback() {
		return this.settings.fallback;
	}

	public int maxDepth() {
		return this.settings.limits.maxDepth();
	}

	public int maxNumberLength() {
		return this.settings.limits.maxNumberLength();
	}

	public int maxStringLength() {
		return this.settings.limits.maxStringLength();
	}

	public int maxObjectProperties() {
		return this.settings.limits.maxObjectProperties();
	}

	public int maxDocumentSize() {
		return this.settings.limits.maxDocumentSize();
	}

	public PropertyNaming propertyNaming() {
		return this.settings.naming;
	}

	public Inclusion inclusion() {
		return this.settings.inclusion;
	}

	public boolean failOnUnknownProperties() {
		return this.settings.failOnUnknownProperties;
	}

	/**
	 * A codec that writes and reads only the properties visible in {@code view}: those whose {@code @JsonView} (or
	 * their class's) names {@code view} or a supertype of it, at every depth. A property in no view is left out, as
	 * Jackson 3 does. When reading, a property outside the view is skipped as an unknown one is, and never fails the
	 * read; a record component outside it gets what a missing property gets. {@code null} gives a codec with no view.
	 */
	public JsonCodec withView(Class<?> view) {
		return toBuilder().view(view).build();
	}

	/**
	 * Checks, before any document, that this codec can read {@code type}: builds what reading it needs, as the
	 * first {@code loads} into it would, and keeps that for it. A framework calls this at start-up for the types
	 * its endpoints read.
	 * @throws IllegalArgumentException naming the class json-core cannot read and why (an interface with no
	 * known implementation, a class with no constructor it can use, a refused {@code @JsonTypeInfo}, ...)
	 */
	public void checkReadable(Type type) {
		this.settings.binding.prepare(type);
	}

	/**
	 * Checks, before any value, that this codec can write values declared as {@code type}, as far as the declared
	 * types tell: each class they name is looked up as a write would look it up, and records' and beans' properties,
	 * elements and map values are followed. What is declared {@code Object}, or as an interface that is no
	 * polymorphic family, is written by its runtime class, which this cannot know: a write may still fail there.
	 * @return the records and beans it followed, in the order met, for a caller that looks at their annotations
	 * @throws IllegalArgumentException with what the write would fail with and the path where:
	 * {@code Type is not JSON serializable: com.acme.Money at $.total}
	 */
	public Set<Class<?>> checkWritable(Type type) {
		return WriteCheck.check(type, this.settings.adapters, this.settings.fallback != null, this.settings.view);
	}

	/** The active {@code @JsonView}, or {@code null}. */
	public Class<?> view() {
		return this.settings.view;
	}

	/** The property that names the subtype of a sealed hierarchy's value ({@code "type"} unless set). */
	public String discriminator() {
		return this.settings.discriminator;
	}

	/** The order records' and beans' properties are written in. */
	public PropertyOrder propertyOrder() {
		return this.settings.propertyOrder;
	}

	/** The registered adapters by the class each was registered for, in registration order. */
	public Map<Class<?>, JsonAdapter<?>> adapters() {
		return this.settings.adapters != null ? this.settings.adapters.registered() : Map.of();
	}

	// String.getBytes replaces a lone surrogate with '?': orjson rejects it, so look for one first.
	static byte[] utf8(String json) {
		int length = json.length();
		for (int i = 0; i < length; i++) {
			char c = json.charAt(i);
			if (Character.isSurrogate(c)) {
				if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(json.charAt(i + 1))) {
					i++;
				}
				else {
					throw ErrorPosition.atStart(Errors.SURROGATES);
				}
			}
		}
		return json.getBytes(StandardCharsets.UTF_8);
	}

	private List<String> adapterNames() {
		List<String> names = new ArrayList<>();
		for (Class<?> type : adapters().keySet()) {
			names.add(type.getName());
		}
		return names;
	}

	@Override
	public String toString() {
		return "JsonCodec" + this.options + (this.settings.fallback != null ? " with fallback" : "")
				+ (this.settings.adapters != null ? " with adapters for " + adapterNames() : "");
	}

	/** Builds a {@link JsonCodec}; not thread-safe, and reusable after {@link #build()}. */
	public static final class Builder {

		private final Set<JsonOption> options = EnumSet.noneOf(JsonOption.class);

		private Function<Object, Object> fallback;

		private int maxDepth = DEFAULT_MAX_DEPTH;

		private int maxNumberLength = DEFAULT_MAX_NUMBER_LENGTH;

		private int maxStringLength = DEFAULT_MAX_STRING_LENGTH;

		private int maxObjectProperties = DEFAULT_MAX_OBJECT_PROPERTIES;

		private int maxDocumentSize = DEFAULT_MAX_DOCUMENT_SIZE;

		private PropertyNaming propertyNaming = PropertyNaming.AS_WRITTEN;

		private Inclusion inclusion = Inclusion.ALWAYS;

		private boolean failOnUnknownProperties;

		private final Map<Class<?>, JsonAdapter<?>> adapters = new LinkedHashMap<>();

		private Class<?> view;

		private String discriminator = Polymorphism.DISCRIMINATOR;

		private PropertyOrder propertyOrder = PropertyOrder.DECLARATION;

		private Builder() {
		}

		/**
		 * The property that names the subtype of a value of a sealed hierarchy without {@code @JsonTypeInfo}, written
		 * first and read wherever it stands (default {@code "type"}). {@code @JsonTypeInfo} hierarchies name their own.
		 */
		public Builder discriminator(String property) {
			Objects.requireNonNull(property, "property");
			if (property.isEmpty()) {
				throw new IllegalArgumentException("The discriminator property needs a name");
			}
			this.discriminator = property;
			return this;
		}

		/** Writes and reads only the properties visible in this {@code @JsonView}; see {@link JsonCodec#withView}. */
		public Builder view(Class<?> view) {
			this.view = view;
			return this;
		}

		/**
		 * Writes and reads {@code type} through {@code adapter}, before anything jsoncore knows of the type. Writing
		 * finds the adapter of a value's class, else of its nearest superclass with one, else of the first interface
		 * with one; reading, of the declared type. An adapter for a box ({@code Long}) covers its primitive
		 * ({@code long}). Registering a class again replaces its adapter. Map keys never go through adapters.
		 * @throws IllegalArgumentException for {@code Object}, whose adapter would take every value: use
		 * {@link #fallback(Function)}
		 */
		public <T> Builder adapter(Class<T> type, JsonAdapter<T> adapter) {
			Objects.requireNonNull(type, "type");
			Objects.requireNonNull(adapter, "adapter");
			if (type == Object.class) {
				throw new IllegalArgumentException("An adapter for Object would take every value: use fallback(...) "
						+ "for the values jsoncore cannot write");
			}
			Class<?> key = Adapters.box(type);
			this.adapters.remove(key); // a replacement goes to the end, as if registered anew
			this.adapters.put(key, adapter);
			return this;
		}

		/** How record and bean property names become JSON names, in both directions (default: as written). */
		public Builder propertyNaming(PropertyNaming propertyNaming) {
			this.propertyNaming = Objects.requireNonNull(propertyNaming, "propertyNaming");
			return this;
		}

		/** The order {@code dumps} writes record and bean properties in (default: as declared, as orjson). */
		public Builder propertyOrder(PropertyOrder propertyOrder) {
			this.propertyOrder = Objects.requireNonNull(propertyOrder, "propertyOrder");
			return this;
		}

		/** Which record and bean properties {@code dumps} writes (default: all, as orjson). */
		public Builder inclusion(Inclusion inclusion) {
			this.inclusion = Objects.requireNonNull(inclusion, "inclusion");
			return this;
		}

		/**
		 * Whether typed {@code loads} rejects a property the record or bean does not have (default: no, it is
		 * skipped, as Spring Boot users get from Jackson). A class's {@code @JsonIgnoreProperties(ignoreUnknown =
		 * true)} still skips them.
		 */
		public Builder failOnUnknownProperties(boolean fail) {
			this.failOnUnknownProperties = fail;
			return this;
		}

		/** Replaces the options with these. */
		public Builder options(JsonOption... options) {
			return options(Arrays.asList(options));
		}

		/** Replaces the options with these. */
		public Builder options(Collection<JsonOption> options) {
			this.options.clear();
			for (JsonOption option : options) {
				this.options.add(Objects.requireNonNull(option, "option"));
			}
			return this;
		}

		/** Adds or removes one option. */
		public Builder option(JsonOption option, boolean enabled) {
			Objects.requireNonNull(option, "option");
			if (enabled) {
				this.options.add(option);
			}
			else {
				this.options.remove(option);
			}
			return this;
		}

		/**
		 * orjson's {@code default}: called with each value jsoncore cannot write, and what it returns is written
		 * instead. {@code null} removes it.
		 */
		public Builder fallback(Function<Object, Object> fallback) {
			this.fallback = fallback;
			return this;
		}

		/** The most nested arrays and objects {@code loads} accepts (default 1024). */
		public Builder maxDepth(int maxDepth) {
			this.maxDepth = atLeastOne("maxDepth", maxDepth);
			return this;
		}

		/** The longest number, in characters, {@code loads} accepts (default 10,000). */
		public Builder maxNumberLength(int maxNumberLength) {
			this.maxNumberLength = atLeastOne("maxNumberLength", maxNumberLength);
			return this;
		}

		/** The longest string or key, in UTF-8 bytes as written in the input, {@code loads} accepts (default 100,000,000). */
		public Builder maxStringLength(int maxStringLength) {
			this.maxStringLength = atLeastOne("maxStringLength", maxStringLength);
			return this;
		}

		/** The most properties one object may have in {@code loads} (default 1,000,000). */
		public Builder maxObjectProperties(int maxObjectProperties) {
			this.maxObjectProperties = atLeastOne("maxObjectProperties", maxObjectProperties);
			return this;
		}

		/** The largest document, in bytes, {@code loads} accepts (default: no limit below the largest array). */
		public Builder maxDocumentSize(int maxDocumentSize) {
			this.maxDocumentSize = Math.min(atLeastOne("maxDocumentSize", maxDocumentSize), DEFAULT_MAX_DOCUMENT_SIZE);
			return this;
		}

		private static int atLeastOne(String name, int value) {
			if (value < 1) {
				throw new IllegalArgumentException(name + " must be at least 1, was " + value);
			}
			return value;
		}

		public JsonCodec build() {
			return new JsonCodec(this);
		}
	}
}
