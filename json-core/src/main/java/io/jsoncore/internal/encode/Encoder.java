package io.jsoncore.internal.encode;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.function.BiConsumer;
import java.util.function.Function;

import io.jsoncore.Inclusion;
import io.jsoncore.JsonAdapter;
import io.jsoncore.JsonEncodeException;
import io.jsoncore.PropertyNaming;
import io.jsoncore.PropertyOrder;
import io.jsoncore.internal.Adapters;
import io.jsoncore.internal.Errors;
import io.jsoncore.internal.Settings;
import io.jsoncore.internal.reflect.Polymorphism;
import io.jsoncore.internal.write.ByteWriter;
import io.jsoncore.internal.write.DoubleWriter;
import io.jsoncore.internal.write.NumberWriter;
import io.jsoncore.internal.write.StringWriter;

/**
 * Writes one value as JSON into its own growable buffer: the state of one {@code dumps} call (options,
 * fallback, the fallback chain count). The common types are checked first with {@code instanceof}; every
 * other class goes through {@link Dispatch}'s per-class cache. Instances are reused through
 * {@link EncoderPool}, one call at a time.
 */
public final class Encoder extends ByteWriter {

	/** orjson's limit: a container at this depth fails, so 254 nested containers are the most. */
	static final int RECURSION_LIMIT = 255;

	/** orjson's limit on calls of the fallback function along one path. */
	static final int FALLBACK_LIMIT = 255;

	static final int INITIAL_CAPACITY = 1024;

	private static final int LEVEL_CACHE = 16;

	// Strings are encoded in slices of this many chars, so a slice needs at most 6x bytes of room.
	private static final int CHUNK = 2048;

	private static final byte[] NULL = { 'n', 'u', 'l', 'l' };

	private static final byte[] TRUE = { 't', 'r', 'u', 'e' };

	private static final byte[] FALSE = { 'f', 'a', 'l', 's', 'e' };

	private static final long MAX_SAFE_INTEGER = (1L << 53) - 1;

	int options;

	private boolean indent;

	private boolean sortKeys;

	private boolean strictInteger;

	private Function<Object, Object> fallback;

	// The codec's adapters, or null: then writeValue pays one null check for them.
	private Adapters adapters;

	// Whether an adapter applies to a String or a boxed primitive, which some encoders write without writeValue.
	boolean adaptsScalars;

	// The active @JsonView, or null: PropertiesEncoder writes only what it shows.
	Class<?> view;

	// The view adapters write through, made on the first adapter call and kept with the pooled encoder.
	private AdapterWriter writer;

	PropertyNaming naming = PropertyNaming.AS_WRITTEN;

	// The discriminator property of sealed hierarchies: PropertiesEncoder writes it first for their members.
	String discriminator = Polymorphism.DISCRIMINATOR;

	Inclusion inclusion = Inclusion.ALWAYS;

	// PropertyOrder.ALPHABETICAL: PropertiesEncoder writes in Jackson 3's order instead of as declared.
	boolean alphabetical;

	private int fallbackCalls;

	// Made on the first map key, so a dumps of no maps, on an encoder new to the pool, does not pay for it.
	private KeyMemo keyMemo;

	// Where a streaming dumps passes its output, and the buffered size from which it does; MAX_VALUE otherwise,
	// so the check in beginEntry costs one compare.
	private OutputStream sink;

	private int flushAt = Integer.MAX_VALUE;

	// The last class written at each of the first levels and its encoder, in front of Dispatch's ClassValue: the
	// elements of a list of records, or the values of a map of them, are mostly one class at one level, and the
	// ClassValue lookup took 13% of typed citm_catalog dumps (JFR, JDK 17). Cleared on release, so a pooled
	// encoder pins no class.
	private final Class<?>[] levelTypes = new Class<?>[LEVEL_CACHE];

	private final ValueEncoder[] levelEncoders = new ValueEncoder[LEVEL_CACHE];

	Encoder() {
		super(INITIAL_CAPACITY);
	}

	void configure(Settings settings) {
		configure(settings.options, settings.fallback, settings.naming, settings.inclusion);
		this.view = settings.view;
		this.discriminator = settings.discriminator;
		this.alphabetical = settings.propertyOrder == PropertyOrder.ALPHABETICAL;
		this.adapters = settings.adapters;
		this.adaptsScalars = this.adapters != null && this.adapters.coversScalars();
	}

	void configure(int options, Function<Object, Object> fallback, PropertyNaming naming, Inclusion inclusion) {
		this.adapters = null;
		this.adaptsScalars = false;
		this.view = null;
		this.discriminator = Polymorphism.DISCRIMINATOR;
		this.alphabetical = false;
		this.naming = naming;
		this.inclusion = inclusion;
		this.options = options;
		this.indent = (options & Options.INDENT_2) != 0;
		this.sortKeys = (options & Options.SORT_KEYS) != 0;
		this.strictInteger = (options & Options.STRICT_INTEGER) != 0;
		this.fallback = fallback;
		this.fallbackCalls = 0;
	}

	/** Passes the buffered output to {@code out} whenever it reaches {@code chunkSize} bytes between entries. */
	void streamTo(OutputStream out, int chunkSize) {
		this.sink = out;
		this.flushAt = chunkSize;
	}

	void release() {
		// nothing of the codec's (a fallback, adapters, a view class) stays pinned by a pooled encoder
		this.fallback = null;
		this.adapters = null;
		this.view = null;
		if (this.writer != null) {
			this.writer.abandon(0);
		}
		this.sink = null;
		this.flushAt = Integer.MAX_VALUE;
		Arrays.fill(this.levelTypes, null);
		Arrays.fill(this.levelEncoders, null);
		reset(INITIAL_CAPACITY);
	}

	/** Writes the whole document, with the trailing newline when asked for. */
	void writeDocument(Object value) {
		try {
			writeValue(value, 0);
		}
		catch (StackOverflowError ex) {
			// Only a fallback or getter recursing on its own can get here; report it as orjson's limit.
			throw new JsonEncodeException(Errors.RECURSION_LIMIT, ex);
		}
		if ((this.options & Options.APPEND_NEWLINE) != 0) {
			writeByte((byte) '\n');
		}
	}

	/** Whether an adapter applies to a String or a boxed primitive: then a family boxes what it would write itself. */
	public boolean adaptsScalars() {
		return this.adaptsScalars;
	}

	public boolean has(int option) {
		return (this.options & option) != 0;
	}

	public void writeValue(Object value, int depth) {
		if (this.adapters != null && value != null && writeIfAdapted(value, depth)) {
			return;
		}
		if (value instanceof String) {
			writeString((String) value);
		}
		else if (value == null) {
			writeNull();
		}
		else if (value instanceof Integer) {
			writeInt((Integer) value);
		}
		else if (value instanceof Long) {
			writeLong((Long) value);
		}
		else if (value instanceof Boolean) {
			writeBoolean((Boolean) value);
		}
		else if (value instanceof Double) {
			writeDouble((Double) value);
		}
		else {
			// Exact classes before the per-class cache: an instanceof Map or List is a scan of the class's
			// interfaces, which alternating maps, lists and records keep missing the one-entry cache of.
			Class<?> type = value.getClass();
			if (type == LinkedHashMap.class || type == HashMap.class) {
				writeMap((Map<?, ?>) value, depth);
			}
			else if (type == ArrayList.class) {
				writeCollection((ArrayList<?>) value, depth);
			}
			else {
				encoderFor(type, depth).encode(this, value, depth);
			}
		}
	}

	private ValueEncoder encoderFor(Class<?> type, int depth) {
		if (depth >= LEVEL_CACHE) {
			return Dispatch.encoderFor(type);
		}
		if (this.levelTypes[depth] == type) {
			return this.levelEncoders[depth];
		}
		ValueEncoder encoder = Dispatch.encoderFor(type);
		this.levelEncoders[depth] = encoder;
		this.levelTypes[depth] = type;
		return encoder;
	}

	// Whether a registered adapter wrote the value. The common final classes need no lookup unless an adapter
	// applies to one of them, which the codec knows in advance.
	private boolean writeIfAdapted(Object value, int depth) {
		Class<?> type = value.getClass();
		if (!this.adaptsScalars && (type == String.class || type == Integer.class || type == Long.class
				|| type == Boolean.class || type == Double.class)) {
			return false;
		}
		JsonAdapter<?> adapter = this.adapters.forWrite(type);
		if (adapter == null) {
			return false;
		}
		writeAdapted(adapter, value, depth);
		return true;
	}

	// A registered adapter's value, in a frame of the writer that holds the adapter to one well-formed value.
	@SuppressWarnings({ "unchecked", "rawtypes" })
	private void writeAdapted(JsonAdapter adapter, Object value, int depth) {
		AdapterWriter view = this.writer;
		if (view == null) {
			view = this.writer = new AdapterWriter(this);
		}
		int frame = view.open(value.getClass(), depth);
		try {
			adapter.write(view, value);
		}
		catch (JsonEncodeException | SinkFailure ex) {
			view.abandon(frame);
			throw ex;
		}
		catch (RuntimeException ex) {
			view.abandon(frame);
			throw Errors.adapterFailed(value.getClass(), ex);
		}
		view.close(frame);
	}

	// ---- scalars

	public void writeNull() {
		writeBytes(NULL, 0, 4);
	}

	public void writeBoolean(boolean value) {
		if (value) {
			writeBytes(TRUE, 0, 4);
		}
		else {
			writeBytes(FALSE, 0, 5);
		}
	}

	public void writeInt(int value) {
		ensure(NumberWriter.MAX_LONG_LENGTH);
		this.pos = NumberWriter.writeInt(this.buf, this.pos, value);
	}

	public void writeLong(long value) {
		if (this.strictInteger && (value > MAX_SAFE_INTEGER || value < -MAX_SAFE_INTEGER)) {
			throw Errors.encode(Errors.INTEGER_53_BIT);
		}
		ensure(NumberWriter.MAX_LONG_LENGTH);
		this.pos = NumberWriter.writeLong(this.buf, this.pos, value);
	}

	public void writeDouble(double value) {
		ensure(DoubleWriter.MAX_LENGTH);
		this.pos = DoubleWriter.writeDouble(this.buf, this.pos, value);
	}

	public void writeFloat(float value) {
		ensure(DoubleWriter.MAX_LENGTH);
		this.pos = DoubleWriter.writeFloat(this.buf, this.pos, value);
	}

	/** Writes ASCII text, such as a number's own digits, without quotes or escaping. */
	public void writeAscii(String ascii) {
		int length = ascii.length();
		ensure(length);
		byte[] b = this.buf;
		int p = this.pos;
		for (int i = 0; i < length; i++) {
			b[p + i] = (byte) ascii.charAt(i);
		}
		this.pos = p + length;
	}

	// ---- strings

	/** Writes a JSON string: quotes, UTF-8, orjson's escapes; a lone surrogate fails. */
	public void writeString(String value) {
		int length = value.length();
		if (length > CHUNK) {
			ensure(1);
			this.buf[this.pos++] = '"';
			writeText(value, true);
			ensure(1);
			this.buf[this.pos++] = '"';
			return;
		}
		// One reservation for the quotes and the worst case of every char; then the plain ASCII run most strings
		// are made of, indexed from one base so that the JIT drops its bounds checks (over twitter's strings in one
		// harness run: 2.6 to 2.9 ns per char, against 2.9 to 5.2 with three reservations and two indexes).
		ensure(2 + length * 6);
		byte[] b = this.buf;
		int p = this.pos;
		b[p++] = '"';
		int i = StringWriter.asciiRun(b, p, value, 0, length, StringWriter.ESCAPED);
		p += i;
		if (i < length) {
			p = StringWriter.encode(b, p, value, i, length, StringWriter.ESCAPED);
		}
		b[p] = '"';
		this.pos = p + 1;
	}

	/** Writes a map's key as a quoted string, from the memo when this very String was written before. */
	void writeKey(String key) {
		if (key.length() > KeyMemo.MAX_KEY_LENGTH) {
			writeString(key);
			return;
		}
		KeyMemo memo = this.keyMemo;
		if (memo == null) {
			memo = this.keyMemo = new KeyMemo();
		}
		byte[] quoted = memo.lookup(key);
		if (quoted != null) {
			writeBytes(quoted, 0, quoted.length);
			return;
		}
		int start = this.pos;
		writeString(key);
		// the chunk boundary of a streaming dumps is never inside a key
		memo.written(key, this.buf, start, this.pos);
	}

	/** Writes {@code chars[offset, offset + length)} as a quoted JSON string. */
	public void writeQuoted(char[] source, int offset, int length) {
		writeString(new String(source, offset, length));
	}

	/** Writes text as raw UTF-8, unquoted and unescaped (a Fragment made from a String). */
	public void writeUtf8(String value) {
		writeText(value, false);
	}

	// Reads the String in place with charAt, in slices of CHUNK chars so that a slice needs at most 6x bytes of
	// room: no copy of the chars, which getChars into a scratch array cost on short strings.
	private void writeText(String value, boolean escape) {
		int length = value.length();
		int start = 0;
		while (start < length) {
			int end = Math.min(length, start + CHUNK);
			if (end < length && Character.isHighSurrogate(value.charAt(end - 1))) {
				end--; // keep a surrogate pair in one slice
			}
			writeChars(value, start, end, escape);
			start = end;
		}
	}

	// Encodes value[from, to); a high surrogate at the end of the slice is a lone one.
	private void writeChars(String value, int from, int to, boolean escape) {
		ensure((to - from) * 6);
		this.pos = StringWriter.encode(this.buf, this.pos, value, from, to, escape ? StringWriter.ESCAPED : StringWriter.NONE);
	}

	// ---- containers

	public void writeMap(Map<?, ?> map, int depth) {
		int level = enter(depth);
		if (map.isEmpty()) {
			writeEmpty('{', '}');
			return;
		}
		if (this.sortKeys || (this.options & Options.NON_STR_KEYS) != 0) {
			MapKeys.writeConverted(this, map, level, this.sortKeys);
			return;
		}
		ensure(1);
		this.buf[this.pos++] = '{';
		// a map inside this one reuses the writer: its place is kept here and given back after
		EntryWriter entries = this.entries;
		int outerLevel = entries.level;
		boolean outerFirst = entries.first;
		entries.level = level;
		entries.first = true;
		map.forEach(entries);
		entries.level = outerLevel;
		entries.first = outerFirst;
		endContainer('}', level);
	}

	// Writes a map's entries through Map.forEach, which walks a HashMap's or LinkedHashMap's own nodes: an
	// entry-set iterator is one allocation per map that C2 on JDK 17 does not remove (351 KB a citm_catalog dumps).
	private final EntryWriter entries = new EntryWriter();

	private final class EntryWriter implements BiConsumer<Object, Object> {

		int level;

		boolean first;

		@Override
		public void accept(Object key, Object value) {
			if (!(key instanceof String)) {
				throw Errors.encode(Errors.KEY_MUST_BE_STR);
			}
			beginEntry(this.first, this.level);
			this.first = false;
			writeKey((String) key);
			writeColon();
			writeValue(value, this.level);
		}
	}

	public void writeCollection(Collection<?> collection, int depth) {
		if (collection.isEmpty()) {
			writeEmpty('[', ']');
			return;
		}
		int level = enter(depth);
		ensure(1);
		this.buf[this.pos++] = '[';
		if (collection.getClass() == ArrayList.class || collection instanceof List && collection instanceof RandomAccess) {
			writeElements((List<?>) collection, level);
		}
		else {
			Iterator<?> iterator = collection.iterator();
			boolean first = true;
			while (iterator.hasNext()) {
				beginEntry(first, level);
				first = false;
				writeValue(iterator.next(), level);
			}
		}
		endContainer(']', level);
	}

	private void writeElements(List<?> list, int level) {
		int size = list.size();
		for (int i = 0; i < size; i++) {
			beginEntry(i == 0, level);
			writeValue(list.get(i), level);
		}
	}

	public void writeArray(Object[] array, int depth) {
		if (array.length == 0) {
			writeEmpty('[', ']');
			return;
		}
		int level = enter(depth);
		ensure(1);
		this.buf[this.pos++] = '[';
		for (int i = 0; i < array.length; i++) {
			beginEntry(i == 0, level);
			writeValue(array[i], level);
		}
		endContainer(']', level);
	}

	/** Counts one container level; fails with orjson's limit. Returns the depth of the new container. */
	public int enter(int depth) {
		int level = depth + 1;
		if (level >= RECURSION_LIMIT) {
			throw Errors.encode(Errors.RECURSION_LIMIT);
		}
		return level;
	}

	public void writeEmpty(char open, char close) {
		ensure(2);
		this.buf[this.pos] = (byte) open;
		this.buf[this.pos + 1] = (byte) close;
		this.pos += 2;
	}

	public void openContainer(char open) {
		ensure(1);
		this.buf[this.pos++] = (byte) open;
	}

	/** Before an entry of a container at {@code level}: a comma unless first, then the indentation. */
	public void beginEntry(boolean first, int level) {
		// Between two entries nothing written is taken back later, so this is the one safe place to flush.
		if (this.pos >= this.flushAt) {
			flush();
		}
		if (this.indent) {
			ensure(2 + 2 * level);
			byte[] b = this.buf;
			int p = this.pos;
			if (!first) {
				b[p++] = ',';
			}
			p = newline(b, p, level);
			this.pos = p;
		}
		else if (!first) {
			ensure(1);
			this.buf[this.pos++] = ',';
		}
	}

	private void flush() {
		try {
			this.sink.write(this.buf, 0, this.pos);
		}
		catch (IOException ex) {
			throw new SinkFailure(ex);
		}
		this.pos = 0;
	}

	/** The sink of a streaming dumps failed; carried out of the encoder unchecked, thrown to the caller as is. */
	static final class SinkFailure extends UncheckedIOException {

		SinkFailure(IOException cause) {
			super(cause);
		}
	}

	public void writeColon() {
		if (this.indent) {
			ensure(2);
			this.buf[this.pos] = ':';
			this.buf[this.pos + 1] = ' ';
			this.pos += 2;
		}
		else {
			ensure(1);
			this.buf[this.pos++] = ':';
		}
	}

	/** Writes a pre-encoded {@code "name":} key, turning its colon into {@code ": "} when indenting. */
	public void writeKeyBytes(byte[] keyWithColon) {
		if (this.indent) {
			writeBytes(keyWithColon, 0, keyWithColon.length - 1);
			writeColon();
		}
		else {
			writeBytes(keyWithColon, 0, keyWithColon.length);
		}
	}

	public void endContainer(char close, int level) {
		if (this.indent) {
			ensure(2 + 2 * level);
			this.pos = newline(this.buf, this.pos, level - 1);
		}
		ensure(1);
		this.buf[this.pos++] = (byte) close;
	}

	private static int newline(byte[] b, int p, int level) {
		b[p++] = '\n';
		for (int i = 2 * level; i > 0; i--) {
			b[p++] = ' ';
		}
		return p;
	}

	// ---- fallback

	/**
	 * Writes what the fallback function returns for a value jsoncore cannot write itself, as orjson's
	 * {@code default}: a chain of calls is allowed up to orjson's limit along one path.
	 */
	public void writeFallback(Object value, int depth) {
		Function<Object, Object> function = this.fallback;
		if (function == null) {
			throw Errors.notSerializable(value.getClass());
		}
		if (this.fallbackCalls >= FALLBACK_LIMIT) {
			throw Errors.encode(Errors.FALLBACK_RECURSION_LIMIT);
		}
		Object replacement;
		try {
			replacement = function.apply(value);
		}
		catch (Exception ex) {
			throw Errors.notSerializable(value.getClass(), ex);
		}
		this.fallbackCalls++;
		writeValue(replacement, depth);
		this.fallbackCalls--;
	}
}
