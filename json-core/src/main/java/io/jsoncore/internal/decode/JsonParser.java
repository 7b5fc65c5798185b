package io.jsoncore.internal.decode;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.jsoncore.JsonDecodeException;
import io.jsoncore.internal.Errors;

/**
 * A strict RFC 8259 parser over UTF-8 bytes that builds orjson's untyped tree: {@code LinkedHashMap} (document
 * order, the last duplicate wins), {@code ArrayList}, {@code String}, {@code Long} or {@code BigInteger} for
 * integers, {@code Double} for numbers with a fraction or exponent, {@code Boolean} and {@code null}.
 * Errors carry orjson's messages and positions. One instance parses one document.
 */
public final class JsonParser {

	private static final long ONES = 0x0101010101010101L;

	private static final long QUOTES = 0x2222222222222222L;

	private static final long BACKSLASHES = 0x5C5C5C5C5C5C5C5CL;

	private static final long SPACES = 0x2020202020202020L;

	// A document without objects, or a one-number loads, allocates no counts.
	private static final int[] NO_OBJECTS = {};

	private final byte[] src;

	private final int end;

	private final ReadLimits limits;

	private final int maxDepth;

	private final int maxNumberLength;

	private final int maxStringLength;

	private final int maxObjectProperties;

	private int pos;

	private int depth;

	// Properties read so far in the open object at each depth, for maxObjectProperties; grown as objects nest.
	private int[] properties = NO_OBJECTS;

	private byte[] scratch;

	// Where decoded() puts the chars of a string with bytes above ASCII; grown to the longest such string.
	private char[] chars;

	// The argument arrays of the records read at each depth, ARGUMENT_SLOTS per depth by length, each reused by the
	// next record read there with as many components: the creator's call copies the arguments out, so an array is
	// free once its record is made.
	private Object[][] arguments;

	private static final int ARGUMENT_SLOTS = 8;

	private boolean firstRecord = true;

	// The arrays lists gather their elements in, one per depth (ContainerDecoders.arrayList).
	private Object[][] elements;

	private boolean firstList = true;

	private boolean failOnUnknownProperties;

	private JsonParser(byte[] src, int end, ReadLimits limits) {
		this.limits = limits;
		this.src = src;
		this.end = end;
		this.maxDepth = limits.maxDepth();
		this.maxNumberLength = limits.maxNumberLength();
		this.maxStringLength = limits.maxStringLength();
		this.maxObjectProperties = limits.maxObjectProperties();
	}

	/** Parses {@code src[0, length)} as one JSON document. */
	public static Object parse(byte[] src, int length, ReadLimits limits) {
		JsonParser parser = open(src, length, limits);
		Object value;
		try {
			value = parser.readValue();
		}
		catch (StackOverflowError ex) {
			throw parser.depthExceeded();
		}
		parser.finish();
		return value;
	}

	/**
	 * Checks the input as orjson does before it parses (not empty, not only whitespace) and returns a parser at the
	 * first value, for a reader that walks the document itself. Call {@link #finish()} after it.
	 *
	 * <p>orjson rejects invalid UTF-8 before it parses. This parser gives the same answers without a pass over the
	 * whole input (11% of twitter's loads): bytes above ASCII are only accepted inside strings, so each string with
	 * such bytes is validated when it is read, and every error first checks the whole input, so a document that is
	 * not UTF-8 fails with the UTF-8 error whatever else is wrong with it.
	 */
	public static JsonParser open(byte[] src, int length, ReadLimits limits) {
		if (length == 0) {
			throw ErrorPosition.atStart(Errors.EMPTY_DOCUMENT);
		}
		if (length > limits.maxDocumentSize()) {
			throw ErrorPosition.atStart(Errors.documentTooLarge(limits.maxDocumentSize()));
		}
		JsonParser parser = new JsonParser(src, length, limits);
		parser.skipWhitespace();
		if (parser.pos == parser.end) {
			throw parser.error(Errors.INPUT_DATA_EMPTY, 0);
		}
		return parser;
	}

	/** After the document's value: only whitespace may follow. */
	public void finish() {
		skipWhitespace();
		if (this.pos != this.end) {
			throw error(Errors.CONTENT_AFTER_DOCUMENT, this.pos);
		}
	}

	/** Only a maxDepth raised far above the default can overflow the stack on a small thread stack. */
	public JsonDecodeException depthExceeded() {
		return error(Errors.depthExceeded(this.maxDepth), this.pos);
	}

	/** Reads any value as the untyped tree. The parser is at the value's first byte. */
	public Object readValue() {
		byte b = this.src[this.pos];
		switch (b) {
			case '"':
				return readString();
			case '{':
				return readObject();
			case '[':
				return readArray();
			case 't':
				readLiteral("true");
				return Boolean.TRUE;
			case 'f':
				readLiteral("false");
				return Boolean.FALSE;
			case 'n':
				readLiteral("null");
				return null;
			default:
				if (b == '-' || (b >= '0' && b <= '9')) {
					return readNumber();
				}
				throw error(Errors.UNEXPECTED_CHARACTER, this.pos);
		}
	}

	/**
	 * Moves past the value the parser is at, checking it as strictly as {@link #readValue()} does (the same errors
	 * at the same positions, every limit) but building nothing: how typed reading passes an unknown property.
	 */
	public void skipValue() {
		byte b = this.src[this.pos];
		switch (b) {
			case '"':
				skipString();
				return;
			case '{':
				if (beginObject()) {
					do {
						skipKey();
						skipValue();
					}
					while (nextEntry());
				}
				return;
			case '[':
				if (beginArray()) {
					do {
						skipValue();
					}
					while (nextElement());
				}
				return;
			case 't':
				readLiteral("true");
				return;
			case 'f':
				readLiteral("false");
				return;
			case 'n':
				readLiteral("null");
				return;
			default:
				if (b == '-' || (b >= '0' && b <= '9')) {
					readNumber(false);
					return;
				}
				throw error(Errors.UNEXPECTED_CHARACTER, this.pos);
		}
	}

	// Also how a Lookahead walks an object's keys.
	void skipKey() {
		if (peek() != '"') {
			throw error(Errors.UNEXPECTED_CHARACTER, this.pos);
		}
		skipString();
		afterKey();
	}

	// A string with no escape is checked where it lies; one with an escape is read, which checks the escapes.
	private void skipString() {
		byte[] s = this.src;
		int start = this.pos + 1;
		int e = this.end;
		int p = start;
		long highBits = 0;
		while (true) {
			p = scanPlain(s, p, e);
			highBits |= this.scannedBits;
			if (p >= e) {
				throw error(Errors.UNEXPECTED_END, e);
			}
			byte b = s[p];
			if (b == '"') {
				break;
			}
			if (b == '\\') {
				readString();
				return;
			}
			if (b >= 0 && b < 0x20) {
				throw error(Errors.CONTROL_CHARACTER, p);
			}
			highBits |= b & 0x80;
			p++;
		}
		if (p - start > this.maxStringLength) {
			throw error(Errors.stringTooLong(this.maxStringLength), start - 1);
		}
		if ((highBits & Utf8.HIGH_BITS) != 0 && !Utf8.isValid(s, start, p)) {
			throw notUtf8();
		}
		this.pos = p + 1;
	}

	// ---- containers

	private Map<String, Object> readObject() {
		Map<String, Object> object = new LinkedHashMap<>();
		if (beginObject()) {
			do {
				String key = readKey();
				object.put(key, readValue());
			}
			while (nextEntry());
		}
		return object;
	}

	private List<Object> readArray() {
		List<Object> array = new ArrayList<>();
		if (beginArray()) {
			do {
				array.add(readValue());
			}
			while (nextElement());
		}
		return array;
	}

	/**
	 * At a {@code {}: consumes it and returns whether an entry follows; an empty object is consumed whole.
	 * Then {@link #readKey()} and a value, and {@link #nextEntry()} until it returns false.
	 */
	public boolean beginObject() {
		enter(this.pos);
		this.pos++;
		skipWhitespace();
		if (peek() == '}') {
			this.pos++;
			this.depth--;
			return false;
		}
		if (this.depth >= this.properties.length) {
			int grown = Math.max(8, this.properties.length * 2);
			this.properties = Arrays.copyOf(this.properties, Math.max(this.depth + 1, grown));
		}
		this.properties[this.depth] = 1;
		return true;
	}

	/** Reads {@code "key":} and leaves the parser at the value's first byte. */
	public String readKey() {
		if (peek() != '"') {
			throw error(Errors.UNEXPECTED_CHARACTER, this.pos);
		}
		String key = readCachedKey();
		afterKey();
		return key;
	}

	/**
	 * Reads {@code "key":} as {@link #readKey()} does and returns the index of the key among {@code names}, or -1
	 * for a key that is none of them, whose text {@link #unknownKey()} then gives. {@code guess} is the index tried
	 * first: documents mostly list properties in the order the type declares them.
	 */
	public int readKeyIndex(KeyNames names, int guess) {
		int index = readNameIndex(names, guess);
		afterKey();
		return index;
	}

	/**
	 * Reads a string value, the parser at its quote, as {@link #readKeyIndex} reads a key: the index of its text
	 * among {@code names}, or -1 for any other text, which {@link #unknownKey()} then gives. How a discriminator's
	 * value picks its class without a {@code String} of its own.
	 */
	public int readStringIndex(KeyNames names) {
		return readNameIndex(names, 0);
	}

	private int readNameIndex(KeyNames names, int guess) {
		if (peek() != '"') {
			throw error(Errors.UNEXPECTED_CHARACTER, this.pos);
		}
		int start = this.pos + 1;
		int index = guess < names.size() && names.matches(guess, this.src, start, this.end) ? guess : -1;
		if (index < 0) {
			int quote = plainKeyEnd(start, Math.min(this.end, start + names.longest() + 1));
			index = quote < 0 ? -1 : names.find(this.src, start, quote, this.end);
		}
		if (index >= 0 && names.length(index) <= this.maxStringLength) {
			this.pos = start + names.length(index) + 1;
			this.unknownKey = null;
		}
		else {
			// an escaped key, one too long for the limits or not UTF-8 (errors as any key), or an unknown one
			this.unknownKey = readCachedKey();
			index = names.indexOf(this.unknownKey);
		}
		return index;
	}

	// From after a key's closing quote to the value's first byte.
	private void afterKey() {
		skipWhitespace();
		if (peek() != ':') {
			throw error(Errors.UNEXPECTED_CHARACTER, this.pos);
		}
		this.pos++;
		skipWhitespace();
		expectValue();
	}

	private String unknownKey;

	/** The key the last {@link #readKeyIndex} read when it was not matched by its bytes. */
	public String unknownKey() {
		return this.unknownKey;
	}

	/** After an entry's value: true at a comma before the next key, false at the closing brace (consumed). */
	public boolean nextEntry() {
		if (next('}')) {
			if (++this.properties[this.depth] > this.maxObjectProperties) {
				throw error(Errors.tooManyProperties(this.maxObjectProperties), this.pos);
			}
			return true;
		}
		return false;
	}

	/** How deep the parser is: the containers open around it. */
	public int depth() {
		return this.depth;
	}

	/**
	 * The array in which a list read at {@code depth} gathers its elements, with room for at least {@code length}:
	 * the same array for every list read there, grown (its elements kept) where it is shorter; {@code null} for the
	 * first list of the document, which is read without one, so that a body of one list allocates no more. A list
	 * inside an element is read one level deeper, into another array.
	 */
	public Object[] elements(int depth, int length) {
		Object[][] kept = this.elements;
		if (kept == null || depth >= kept.length) {
			if (this.firstList) {
				this.firstList = false;
				return null;
			}
			kept = this.elements = kept == null ? new Object[Math.max(8, depth + 1)][]
					: Arrays.copyOf(kept, Math.max(depth + 1, 2 * kept.length));
		}
		Object[] elements = kept[depth];
		if (elements == null) {
			elements = kept[depth] = new Object[Math.max(16, length)];
		}
		else if (elements.length < length) {
			elements = kept[depth] = Arrays.copyOf(elements, Math.max(length, 2 * elements.length));
		}
		return elements;
	}

	/**
	 * An array holding {@code defaults}, for the arguments of a record read at this depth: the one used by the last
	 * record read here with as many arguments (records of 8 lengths at each depth keep theirs), else a copy kept for
	 * the next. Free again once the record is made: a record inside it is read one level deeper, into another array.
	 */
	public Object[] arguments(Object[] defaults) {
		int length = defaults.length;
		int slot = this.depth * ARGUMENT_SLOTS + (length & (ARGUMENT_SLOTS - 1));
		Object[][] kept = this.arguments;
		if (kept == null || slot >= kept.length) {
			// made at the second record, so that a document of one record allocates nothing more
			if (this.firstRecord) {
				this.firstRecord = false;
				return defaults.clone();
			}
			kept = this.arguments = kept == null ? new Object[Math.max(4 * ARGUMENT_SLOTS, slot + 1)][]
					: Arrays.copyOf(kept, Math.max(slot + 1, 2 * kept.length));
		}
		Object[] arguments = kept[slot];
		if (arguments == null || arguments.length != length) {
			arguments = defaults.clone();
			kept[slot] = arguments;
			return arguments;
		}
		System.arraycopy(defaults, 0, arguments, 0, length);
		return arguments;
	}

	/**
	 * Moves the parser back (or on) to a position it has read before, at the depth it had there: how a polymorphic
	 * read looks ahead for its discriminator and then reads the object from its start.
	 */
	public void rewind(int position, int depth) {
		this.pos = position;
		this.depth = depth;
		this.unknownKey = null;
	}

	/** A parser of other bytes under the same limits and rules: how an unwrapped property's values are read. */
	public JsonParser sibling(byte[] json) {
		JsonParser sibling = new JsonParser(json, json.length, this.limits);
		sibling.failOnUnknownProperties = this.failOnUnknownProperties;
		return sibling;
	}

	/** Copies {@code src[from, to)}, input this parser has read, to {@code out}. */
	public void copyTo(ByteArrayOutputStream out, int from, int to) {
		out.write(this.src, from, to - from);
	}

	// The index of the last object a Lookahead walked, made on the first walk of this document and reused after.
	Lookahead lookahead;

	/** At a {@code [}: consumes it and returns whether an element follows, the parser then at its first byte. */
	public boolean beginArray() {
		enter(this.pos);
		this.pos++;
		skipWhitespace();
		if (peek() == ']') {
			this.pos++;
			this.depth--;
			return false;
		}
		expectValue();
		return true;
	}

	/** After an element: true at a comma (the parser then at the next element), false at the closing bracket. */
	public boolean nextElement() {
		if (next(']')) {
			expectValue();
			return true;
		}
		return false;
	}

	private boolean next(char close) {
		skipWhitespace();
		byte b = peek();
		if (b == ',') {
			int comma = this.pos++;
			skipWhitespace();
			if (peek() == close) {
				throw error(Errors.TRAILING_COMMA, comma);
			}
			return true;
		}
		if (b == close) {
			this.pos++;
			this.depth--;
			return false;
		}
		throw error(Errors.UNEXPECTED_CHARACTER, this.pos);
	}

	private void enter(int bracket) {
		if (++this.depth > this.maxDepth) {
			throw error(Errors.depthExceeded(this.maxDepth), bracket + 1);
		}
	}

	// A value must follow: at the end of input that is "unexpected end of data".
	private void expectValue() {
		if (this.pos >= this.end) {
			throw error(Errors.UNEXPECTED_END, this.end);
		}
	}

	// The pull view adapters read through, made on the first adapter call of this document and reused after it.
	private Object view;

	/** The view set by {@link #view(Object)}, or {@code null}. */
	public Object view() {
		return this.view;
	}

	public void view(Object view) {
		this.view = view;
	}

	/** The "unexpected character" error at the parser's position, for a reader that found no value there. */
	public JsonDecodeException unexpectedCharacter() {
		return error(Errors.UNEXPECTED_CHARACTER, this.pos);
	}

	/** Whether typed reading rejects properties the Java type does not have. */
	public boolean failOnUnknownProperties() {
		return this.failOnUnknownProperties;
	}

	public void failOnUnknownProperties(boolean fail) {
		this.failOnUnknownProperties = fail;
	}

	/** The first byte of the value the parser is at (not consumed). */
	public byte current() {
		return this.src[this.pos];
	}

	/**
	 * Reads a UUID in its canonical 36 characters from the string the parser is at, without making a
	 * {@code String}; {@code null}, the parser not moved, where the string is anything else.
	 */
	public UUID readUuid() {
		int p = this.pos;
		if (p + UuidBytes.QUOTED_LENGTH > this.end || this.maxStringLength < UuidBytes.QUOTED_LENGTH - 2) {
			return null;
		}
		UUID uuid = UuidBytes.read(this.src, p);
		if (uuid != null) {
			this.pos = p + UuidBytes.QUOTED_LENGTH;
		}
		return uuid;
	}

	/** The byte offset of the parser, for errors that point at a value. */
	public int position() {
		return this.pos;
	}

	/** The byte at the position, or 0 at the end of input (never valid where it is checked). */
	private byte peek() {
		return this.pos < this.end ? this.src[this.pos] : 0;
	}

	private void skipWhitespace() {
		byte[] s = this.src;
		int p = this.pos;
		int e = this.end;
		while (p < e) {
			byte b = s[p];
			if (b > ' ') {
				break; // one compare for the common case, a token right here
			}
			if (b == ' ' && p + 8 <= e) {
				// Indentation (two thirds of citm_catalog.json's bytes) 8 bytes at a time, the end of a run counted in
				// the word that holds it rather than stepped through.
				long notSpaces = (long) Utf8.LONGS.get(s, p) ^ SPACES;
				p += notSpaces == 0 ? 8 : Long.numberOfTrailingZeros(notSpaces) >>> 3;
			}
			else if (b == ' ' || b == '\n' || b == '\r' || b == '\t') {
				p++;
			}
			else {
				break;
			}
		}
		this.pos = p;
	}

	// ---- literals

	/** Reads {@code true} or {@code false}; the parser is at its first letter. */
	public boolean readBoolean() {
		if (this.src[this.pos] == 't') {
			readLiteral("true");
			return true;
		}
		readLiteral("false");
		return false;
	}

	/** Reads {@code null}; the parser is at its first letter. */
	public void readNull() {
		readLiteral("null");
	}

	/** The raw text from {@code start} to the parser's position: a number just read. */
	public String textFrom(int start) {
		return new String(this.src, start, this.pos - start, StandardCharsets.ISO_8859_1);
	}

	private void readLiteral(String literal) {
		int start = this.pos;
		int length = literal.length();
		byte[] s = this.src;
		for (int i = 0; i < length; i++) {
			int at = start + i;
			if (at >= this.end) {
				// a prefix of the literal cut off by the end of input could still have been valid
				throw error(Errors.UNEXPECTED_END, this.end);
			}
			if (s[at] != literal.charAt(i)) {
				throw error(Errors.INVALID_LITERAL, start);
			}
		}
		this.pos = start + length;
	}

	// ---- strings

	// A short key without escapes comes from the key cache; anything else is read as any string.
	private String readCachedKey() {
		int start = this.pos + 1;
		int limit = Math.min(this.end, start + Math.min(KeyCache.MAX_KEY_LENGTH, this.maxStringLength));
		int quote = plainKeyEnd(start, limit);
		if (quote < 0) {
			return readString();
		}
		boolean ascii = (this.scannedBits & Utf8.HIGH_BITS) == 0;
		this.pos = quote + 1;
		String key = KeyCache.get(this.src, start, quote, ascii);
		return ascii ? key : checked(key, start, quote);
	}

	/**
	 * The position of the quote that ends a key from {@code start} before {@code limit}, or -1 for a key with an
	 * escape or a control character, or none that ends there; {@link #scannedBits} then holds the key's bytes ORed.
	 */
	private int plainKeyEnd(int start, int limit) {
		byte[] s = this.src;
		int p = scanPlain(s, start, limit);
		long highBits = this.scannedBits;
		for (; p < limit; p++) {
			byte b = s[p];
			if (b == '"') {
				this.scannedBits = highBits;
				return p;
			}
			if (b == '\\' || (b >= 0 && b < 0x20)) {
				return -1;
			}
			highBits |= b & 0x80;
		}
		return -1;
	}

	/** Reads the string the parser is at. */
	public String readString() {
		byte[] s = this.src;
		int start = ++this.pos;
		int p = start;
		int e = this.end;
		boolean ascii = true;
		long highBits = 0;
		while (true) {
			p = scanPlain(s, p, e);
			highBits |= this.scannedBits;
			if (p >= e) {
				throw error(Errors.UNEXPECTED_END, e);
			}
			byte b = s[p];
			if (b == '"') {
				if (p - start > this.maxStringLength) {
					throw error(Errors.stringTooLong(this.maxStringLength), start - 1);
				}
				this.pos = p + 1;
				ascii &= (highBits & Utf8.HIGH_BITS) == 0;
				if (ascii) {
					return new String(s, start, p - start, StandardCharsets.ISO_8859_1);
				}
				return decoded(s, start, p);
			}
			if (b == '\\') {
				return readEscapedString(start, p, ascii && (highBits & Utf8.HIGH_BITS) == 0);
			}
			if (b >= 0 && b < 0x20) {
				throw error(Errors.CONTROL_CHARACTER, p);
			}
			if (b < 0) {
				ascii = false;
			}
			p++;
		}
	}

	// A string with bytes above ASCII (the input's, or an unescaped string's): decoded and checked in one pass, into
	// chars this parser reuses.
	private String decoded(byte[] bytes, int start, int end) {
		char[] chars = this.chars;
		int length = end - start;
		if (chars == null || chars.length < length) {
			chars = this.chars = new char[Math.max(length, chars == null ? 64 : 2 * chars.length)];
		}
		int count = Utf8.decode(bytes, start, end, chars);
		if (count < 0) {
			throw notUtf8();
		}
		return new String(chars, 0, count);
	}

	/**
	 * A key decoded from {@code src[start, end)}, which has bytes above ASCII, once those are known to be UTF-8.
	 * The JDK's decoder turns every ill-formed sequence into U+FFFD, so only a string with one needs the check:
	 * against validating every such string first, 8% of twitter's loads.
	 */
	private String checked(String decoded, int start, int end) {
		if (decoded.indexOf('\uFFFD') >= 0 && !Utf8.isValid(this.src, start, end)) {
			throw notUtf8();
		}
		return decoded;
	}

	// Set by scanPlain: the bytes it passed, ORed together, whose high bits say whether any was above ASCII.
	private long scannedBits;

	/**
	 * Passes 8 bytes at a time from {@code p} while none is a quote, a backslash or a control character, and returns
	 * the position of the first byte that is one, or of the last part shorter than a word before {@code limit}.
	 * Bytes above ASCII pass too, only noted in {@link #scannedBits} (a string with any is validated at its end), so
	 * CJK text does not drop to one byte a step.
	 */
	private int scanPlain(byte[] s, int p, int limit) {
		long passed = 0;
		while (p + 8 <= limit) {
			long word = (long) Utf8.LONGS.get(s, p);
			long special = specialBytes(word);
			if (special != 0) {
				// straight to the byte that ended the run
				int before = firstByte(special);
				passed |= word & bytesBelow(before);
				p += before;
				break;
			}
			passed |= word;
			p += 8;
		}
		this.scannedBits = passed;
		return p;
	}

	/**
	 * The high bit of each byte of {@code word} that is a quote, a backslash or a control character; of the bytes
	 * flagged, the lowest (the first in the input) is always right, which is all a caller uses.
	 */
	private static long specialBytes(long word) {
		return (hasZeroByte(word ^ QUOTES) | hasZeroByte(word ^ BACKSLASHES) | ((word - SPACES) & ~word))
				& Utf8.HIGH_BITS;
	}

	// The index of the first flagged byte in a little-endian word.
	private static int firstByte(long flags) {
		return Long.numberOfTrailingZeros(flags) >>> 3;
	}

	// A mask of the bytes before index i (0 to 7) of a little-endian word.
	private static long bytesBelow(int i) {
		return (1L << (i << 3)) - 1;
	}

	// A byte of x is zero: its high bit is set in the result (exact when only the presence matters).
	private static long hasZeroByte(long x) {
		return (x - ONES) & ~x;
	}

	/** The slow path from the first backslash: unescape into a scratch buffer, then decode once. */
	private String readEscapedString(int start, int backslash, boolean asciiBefore) {
		byte[] s = this.src;
		int e = this.end;
		byte[] out = scratch(backslash - start + 16);
		System.arraycopy(s, start, out, 0, backslash - start);
		int n = backslash - start;
		boolean ascii = asciiBefore;
		int p = backslash;
		while (true) {
			if (p >= e) {
				throw error(Errors.UNEXPECTED_END, e);
			}
			byte b = s[p];
			if (n + 4 > out.length) {
				out = growScratch(n + 4);
			}
			if (b == '"') {
				if (p - start > this.maxStringLength) {
					throw error(Errors.stringTooLong(this.maxStringLength), start - 1);
				}
				this.pos = p + 1;
				return ascii ? new String(out, 0, n, StandardCharsets.ISO_8859_1) : decoded(out, 0, n);
			}
			if (b == '\\') {
				if (p + 1 >= e) {
					throw error(Errors.UNEXPECTED_END, e);
				}
				byte escaped = s[p + 1];
				switch (escaped) {
					case '"':
					case '\\':
					case '/':
						out[n++] = escaped;
						p += 2;
						break;
					case 'b':
						out[n++] = '\b';
						p += 2;
						break;
					case 'f':
						out[n++] = '\f';
						p += 2;
						break;
					case 'n':
						out[n++] = '\n';
						p += 2;
						break;
					case 'r':
						out[n++] = '\r';
						p += 2;
						break;
					case 't':
						out[n++] = '\t';
						p += 2;
						break;
					case 'u':
						p = readUnicodeEscape(p, out, n);
						ascii &= out[n] >= 0; // the first byte it wrote: above ASCII for a code point above it
						n = this.scratchLength;
						break;
					default:
						throw error(Errors.INVALID_ESCAPE, p + 1);
				}
				continue;
			}
			if (b >= 0 && b < 0x20) {
				throw error(Errors.CONTROL_CHARACTER, p);
			}
			ascii &= b >= 0;
			out[n++] = b;
			p++;
		}
	}

	// Set by readUnicodeEscape: the scratch length after the code point it wrote.
	private int scratchLength;

	/** Reads {@code \}{@code uXXXX} (and a following low surrogate) at {@code p}; returns the position after. */
	private int readUnicodeEscape(int p, byte[] out, int n) {
		int unit = readHex4(p);
		int next = p + 6;
		int codePoint = unit;
		if (unit >= 0xD800 && unit <= 0xDFFF) {
			if (unit >= 0xDC00) {
				throw error(Errors.INVALID_HIGH_SURROGATE, p);
			}
			if (next + 1 >= this.end || this.src[next] != '\\' || this.src[next + 1] != 'u') {
				if (next >= this.end || (next + 1 >= this.end && this.src[next] == '\\')) {
					throw error(Errors.UNEXPECTED_END, this.end);
				}
				throw error(Errors.NO_LOW_SURROGATE, next);
			}
			int low = readHex4(next);
			if (low < 0xDC00 || low > 0xDFFF) {
				throw error(Errors.INVALID_LOW_SURROGATE, next);
			}
			codePoint = Character.toCodePoint((char) unit, (char) low);
			next += 6;
		}
		if (codePoint < 0x80) {
			out[n++] = (byte) codePoint;
		}
		else if (codePoint < 0x800) {
			out[n++] = (byte) (0xC0 | codePoint >> 6);
			out[n++] = (byte) (0x80 | codePoint & 0x3F);
		}
		else if (codePoint < 0x10000) {
			out[n++] = (byte) (0xE0 | codePoint >> 12);
			out[n++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
			out[n++] = (byte) (0x80 | codePoint & 0x3F);
		}
		else {
			out[n++] = (byte) (0xF0 | codePoint >> 18);
			out[n++] = (byte) (0x80 | codePoint >> 12 & 0x3F);
			out[n++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
			out[n++] = (byte) (0x80 | codePoint & 0x3F);
		}
		this.scratchLength = n;
		return next;
	}

	// The four hex digits after the backslash-u at p; a cut-off escape at the end of input is a truncation.
	private int readHex4(int p) {
		int value = 0;
		for (int i = p + 2; i < p + 6; i++) {
			if (i >= this.end) {
				throw error(Errors.UNEXPECTED_END, this.end);
			}
			int digit = Character.digit(this.src[i], 16);
			if (digit < 0) {
				throw error(Errors.INVALID_ESCAPE_SEQUENCE, p);
			}
			value = value << 4 | digit;
		}
		return value;
	}

	private byte[] scratch(int capacity) {
		if (this.scratch == null || this.scratch.length < capacity) {
			this.scratch = new byte[Math.max(capacity, 64)];
		}
		return this.scratch;
	}

	private byte[] growScratch(int capacity) {
		byte[] grown = new byte[Math.max(capacity, this.scratch.length * 2)];
		System.arraycopy(this.scratch, 0, grown, 0, this.scratch.length);
		this.scratch = grown;
		return grown;
	}

	// ---- numbers

	/** Reads the number the parser is at: {@code Long}, {@code BigInteger} or {@code Double}, as in the tree. */
	public Object readNumber() {
		return readNumber(true);
	}

	/** What {@link #readSmallInteger()} returns for any other number: no integer of up to 18 digits is it. */
	public static final long NOT_SMALL_INTEGER = Long.MIN_VALUE;

	/**
	 * Reads the number the parser is at if it is an integer of at most 18 digits, the common case of a typed
	 * {@code int} or {@code long}, and returns it without boxing; otherwise reads nothing and returns
	 * {@link #NOT_SMALL_INTEGER}, and {@link #readNumber()} reads it (or says what is wrong with it).
	 */
	public long readSmallInteger() {
		byte[] s = this.src;
		int e = this.end;
		int p = this.pos;
		boolean negative = s[p] == '-';
		if (negative) {
			p++;
		}
		int digitsStart = p;
		long value = 0;
		while (p < e && isDigit(s[p])) {
			value = value * 10 + (s[p] - '0');
			p++;
		}
		int digits = p - digitsStart;
		if (digits == 0 || digits > 18 || (digits > 1 && s[digitsStart] == '0') || p - this.pos > this.maxNumberLength
				|| (p < e && (s[p] == '.' || (s[p] | 0x20) == 'e'))) {
			return NOT_SMALL_INTEGER;
		}
		this.pos = p;
		return negative ? -value : value;
	}

	/**
	 * Checks the number the parser is at (its syntax and maxNumberLength) and moves past it without converting
	 * it, for a reader that takes its text as it is: {@code BigDecimal} holds {@code 1e400}, a double cannot.
	 */
	public void skipNumber() {
		readNumber(false);
	}

	private Object readNumber(boolean convert) {
		byte[] s = this.src;
		int e = this.end;
		int start = this.pos;
		int p = start;
		boolean negative = s[p] == '-';
		if (negative) {
			p++;
			if (p >= e || !isDigit(s[p])) {
				throw error(Errors.NO_DIGIT_AFTER_MINUS, p);
			}
		}
		int integerStart = p;
		long significand = 0;
		int significantDigits = 0;
		if (s[p] == '0') {
			p++;
			if (p < e && isDigit(s[p])) {
				throw error(Errors.LEADING_ZERO, integerStart);
			}
		}
		else {
			while (p < e && isDigit(s[p])) {
				if (significantDigits < 19) {
					significand = significand * 10 + (s[p] - '0');
				}
				significantDigits++;
				p++;
			}
		}
		int integerDigits = p - integerStart;
		boolean isInteger = true;
		int fractionDigits = 0;
		if (p < e && s[p] == '.') {
			isInteger = false;
			p++;
			if (p >= e || !isDigit(s[p])) {
				throw error(Errors.NO_DIGIT_AFTER_DOT, p);
			}
			while (p < e && isDigit(s[p])) {
				int digit = s[p] - '0';
				if (significantDigits > 0 || digit != 0) {
					if (significantDigits < 19) {
						significand = significand * 10 + digit;
						fractionDigits++;
					}
					significantDigits++;
				}
				else {
					fractionDigits++; // a leading zero of the fraction only moves the point
				}
				p++;
			}
		}
		long exponent = 0;
		if (p < e && (s[p] | 0x20) == 'e') {
			isInteger = false;
			p++;
			boolean negativeExponent = false;
			if (p < e && (s[p] == '+' || s[p] == '-')) {
				negativeExponent = s[p] == '-';
				p++;
			}
			if (p >= e || !isDigit(s[p])) {
				throw error(Errors.NO_DIGIT_AFTER_EXPONENT, p);
			}
			while (p < e && isDigit(s[p])) {
				if (exponent < 1_000_000_000L) {
					exponent = exponent * 10 + (s[p] - '0');
				}
				p++;
			}
			if (negativeExponent) {
				exponent = -exponent;
			}
		}
		if (p - start > this.maxNumberLength) {
			throw error(Errors.numberTooLong(this.maxNumberLength), start);
		}
		this.pos = p;
		if (!convert) {
			return null;
		}
		if (isInteger) {
			if (integerDigits <= 18) {
				return negative ? -significand : significand;
			}
			return bigInteger(start, p, negative);
		}
		double value;
		if (significantDigits <= 19) {
			// the digits beyond the integer part that went into the significand shift the exponent down
			value = DoubleParser.fromParts(negative, significand, exponent - fractionDigits);
		}
		else {
			value = DoubleParser.parse(s, start, p);
		}
		if (Double.isInfinite(value)) {
			throw error(Errors.NUMBER_INFINITY, start);
		}
		return value;
	}

	private Object bigInteger(int start, int end, boolean negative) {
		int digitsStart = negative ? start + 1 : start;
		if (end - digitsStart == 19) {
			// 19 digits may still fit a long
			long value = 0;
			boolean overflow = false;
			for (int i = digitsStart; i < end; i++) {
				int digit = this.src[i] - '0';
				if (value > (Long.MAX_VALUE - digit) / 10) {
					overflow = true;
					break;
				}
				value = value * 10 + digit;
			}
			if (!overflow) {
				return negative ? -value : value;
			}
			if (negative && new String(this.src, digitsStart, 19, StandardCharsets.ISO_8859_1).equals("9223372036854775808")) {
				return Long.MIN_VALUE;
			}
		}
		return new BigInteger(new String(this.src, start, end - start, StandardCharsets.ISO_8859_1));
	}

	private static boolean isDigit(byte b) {
		return b >= '0' && b <= '9';
	}

	// ---- errors

	/** An error of the reader's own (a binding error) at a byte offset, with orjson's position suffix. */
	public JsonDecodeException errorAt(String message, int bytePosition) {
		if (!Utf8.isValid(this.src, this.end)) {
			return notUtf8();
		}
		return ErrorPosition.at(message, this.src, bytePosition);
	}

	// orjson's error for input that is not UTF-8, which it reports before any other (see open).
	private static JsonDecodeException notUtf8() {
		return ErrorPosition.atStart(Errors.SURROGATES);
	}

	private JsonDecodeException error(String message, int bytePosition) {
		if (bytePosition >= this.end) {
			// orjson's rule: input that ends where more could have made it valid is "unexpected end of data"
			return errorAt(Errors.UNEXPECTED_END, this.end);
		}
		return errorAt(message, bytePosition);
	}
}
