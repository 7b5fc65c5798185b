package io.jsoncore.internal.bind;

import java.lang.reflect.Type;
import java.util.Arrays;

import io.jsoncore.JsonReader;
import io.jsoncore.JsonToken;
import io.jsoncore.internal.decode.JsonParser;

/**
 * The {@link JsonReader} adapters read through: a pull view over the document's parser, one per document, made on
 * its first adapter call. It keeps a stack of frames, one per open object or array and one for each adapter call
 * at work (a root), so that an adapter can read exactly its own value and no more, and an error names the path
 * inside the adapter's value, to which the decoders around it add theirs.
 *
 * <p>Each container's comma or closing bracket is read as soon as the value before it is, so that
 * {@link #hasNext()} and {@link #peek()} only look at state.
 */
final class AdapterReader implements JsonReader {

	private static final int ROOT = 0;

	private static final int OBJECT = 1;

	private static final int ARRAY = 2;

	// What comes next in a frame: a value, a name, the container's end (already read by the parser), or nothing
	// more (a root whose value is read).
	private static final int VALUE = 0;

	private static final int NAME = 1;

	private static final int END = 2;

	private static final int DONE = 3;

	private final JsonParser in;

	private final Binding binding;

	private int[] kinds = new int[8];

	private int[] states = new int[8];

	// The element index of an array frame.
	private int[] indexes = new int[8];

	// The name last read in an object frame; the adapter's words ("JsonAdapter for com.acme.Money") in a root.
	private String[] names = new String[8];

	private int top = -1;

	private AdapterReader(JsonParser in, Binding binding) {
		this.in = in;
		this.binding = binding;
	}

	/** The document's reader, made on first use. */
	static AdapterReader of(JsonParser in, Binding binding) {
		Object view = in.view();
		if (view == null) {
			AdapterReader reader = new AdapterReader(in, binding);
			in.view(reader);
			return reader;
		}
		return (AdapterReader) view;
	}

	/** Starts an adapter's read of the value the parser is at; returns the frame to {@link #close} after it. */
	int open(String adapter) {
		push(ROOT, VALUE);
		this.names[this.top] = adapter;
		return this.top;
	}

	/** After the adapter returned: its value must be read whole, and every container it opened closed. */
	void close(int frame) {
		if (this.top != frame || this.states[frame] != DONE) {
			String adapter = this.names[frame];
			this.top = frame - 1;
			throw new BindException(adapter + " returned before reading its whole value", this.in.position(), null);
		}
		this.top = frame - 1;
	}

	/** After the adapter threw: its frames go, so that the reader stays usable for an adapter further out. */
	void abandon(int frame) {
		this.top = frame - 1;
	}

	@Override
	public JsonToken peek() {
		int t = current();
		switch (this.states[t]) {
			case NAME:
				return JsonToken.NAME;
			case END:
				return this.kinds[t] == OBJECT ? JsonToken.END_OBJECT : JsonToken.END_ARRAY;
			case DONE:
				return JsonToken.END_DOCUMENT;
			default:
				return token(this.in.current());
		}
	}

	private JsonToken token(byte b) {
		switch (b) {
			case '"':
				return JsonToken.STRING;
			case '{':
				return JsonToken.BEGIN_OBJECT;
			case '[':
				return JsonToken.BEGIN_ARRAY;
			case 't':
			case 'f':
				return JsonToken.BOOLEAN;
			case 'n':
				return JsonToken.NULL;
			default:
				if (b == '-' || (b >= '0' && b <= '9')) {
					return JsonToken.NUMBER;
				}
				throw this.in.unexpectedCharacter();
		}
	}

	@Override
	public void beginObject() {
		expectValue("an object", '{');
		push(OBJECT, this.in.beginObject() ? NAME : END);
	}

	@Override
	public void endObject() {
		endContainer(OBJECT, "the end of an object");
	}

	@Override
	public void beginArray() {
		expectValue("an array", '[');
		push(ARRAY, this.in.beginArray() ? VALUE : END);
	}

	@Override
	public void endArray() {
		endContainer(ARRAY, "the end of an array");
	}

	private void endContainer(int kind, String expected) {
		int t = current();
		if (this.kinds[t] != kind || this.states[t] != END) {
			throw mismatch(expected);
		}
		this.top--;
		afterValue();
	}

	@Override
	public boolean hasNext() {
		int state = this.states[current()];
		return state == NAME || state == VALUE;
	}

	@Override
	public String nextName() {
		int t = current();
		if (this.states[t] != NAME) {
			throw mismatch("a name");
		}
		String name = this.in.readKey();
		this.names[t] = name;
		this.states[t] = VALUE;
		return name;
	}

	@Override
	public String nextString() {
		expectValue("a string", '"');
		String value = this.in.readString();
		afterValue();
		return value;
	}

	@Override
	public boolean nextBoolean() {
		int t = current();
		byte b = this.in.current();
		if (this.states[t] != VALUE || (b != 't' && b != 'f')) {
			throw mismatch("a boolean");
		}
		boolean value = this.in.readBoolean();
		afterValue();
		return value;
	}

	@Override
	public void nextNull() {
		expectValue("null", 'n');
		this.in.readNull();
		afterValue();
	}

	@Override
	public int nextInt() {
		return (int) readInteger("an int", Integer.MIN_VALUE, Integer.MAX_VALUE);
	}

	@Override
	public long nextLong() {
		return readInteger("a long", Long.MIN_VALUE, Long.MAX_VALUE);
	}

	private long readInteger(String expected, long min, long max) {
		expectNumber(expected);
		int start = this.in.position();
		long value = this.in.readSmallInteger();
		if (value == JsonParser.NOT_SMALL_INTEGER) {
			Object number = this.in.readNumber();
			if (!(number instanceof Long)) {
				throw located(new BindException(expected, this.in.textFrom(start), start));
			}
			value = (Long) number;
		}
		if (value < min || value > max) {
			throw located(new BindException(expected, this.in.textFrom(start), start));
		}
		afterValue();
		return value;
	}

	@Override
	public double nextDouble() {
		expectNumber("a double");
		int start = this.in.position();
		double value = ((Number) this.in.readNumber()).doubleValue();
		if (Double.isInfinite(value)) {
			// a BigInteger beyond the double range; a fraction that far is the parser's error already
			throw located(new BindException("a double", this.in.textFrom(start), start));
		}
		afterValue();
		return value;
	}

	private void expectNumber(String expected) {
		byte b = this.in.current();
		if (this.states[current()] != VALUE || (b != '-' && (b < '0' || b > '9'))) {
			throw mismatch(expected);
		}
	}

	@Override
	public void skipValue() {
		int t = current();
		if (this.states[t] == NAME) {
			this.names[t] = this.in.readKey();
			this.states[t] = VALUE;
		}
		else if (this.states[t] != VALUE) {
			throw mismatch("a value");
		}
		this.in.skipValue();
		afterValue();
	}

	@Override
	@SuppressWarnings("unchecked")
	public <T> T read(Class<T> type) {
		return (T) read((Type) type);
	}

	@Override
	@SuppressWarnings("unchecked")
	public <T> T read(Type type) {
		if (this.states[current()] != VALUE) {
			throw mismatch("a value");
		}
		TypeDecoder decoder = this.binding.decoderFor(type);
		Object value;
		try {
			value = decoder.read(this.in);
		}
		catch (BindException ex) {
			throw located(ex);
		}
		afterValue();
		return (T) value;
	}

	// ---- frames

	private int current() {
		if (this.top < 0) {
			throw new IllegalStateException("This JsonReader is only for use within its adapter's read");
		}
		return this.top;
	}

	private void push(int kind, int state) {
		int t = ++this.top;
		if (t == this.kinds.length) {
			int length = t * 2;
			this.kinds = Arrays.copyOf(this.kinds, length);
			this.states = Arrays.copyOf(this.states, length);
			this.indexes = Arrays.copyOf(this.indexes, length);
			this.names = Arrays.copyOf(this.names, length);
		}
		this.kinds[t] = kind;
		this.states[t] = state;
		this.indexes[t] = 0;
		this.names[t] = null;
	}

	// After a value of the current frame: a root is done; a container reads its comma or its end.
	private void afterValue() {
		int t = this.top;
		switch (this.kinds[t]) {
			case ROOT:
				this.states[t] = DONE;
				break;
			case ARRAY:
				this.indexes[t]++;
				this.states[t] = this.in.nextElement() ? VALUE : END;
				break;
			default:
				this.states[t] = this.in.nextEntry() ? NAME : END;
				break;
		}
	}

	private void expectValue(String expected, char first) {
		if (this.states[current()] != VALUE || this.in.current() != first) {
			throw mismatch(expected);
		}
	}

	private BindException mismatch(String expected) {
		int t = this.top;
		BindException error;
		switch (this.states[t]) {
			case NAME:
				error = new BindException(expected, "a name", this.in.position());
				break;
			case END:
				error = new BindException(expected, this.kinds[t] == OBJECT ? "the end of an object"
						: "the end of an array", this.in.position());
				break;
			case DONE:
				error = new BindException(this.names[t] + " read past the end of its value", this.in.position(), null);
				break;
			default:
				error = Values.mismatch(expected, this.in);
		}
		return located(error);
	}

	// Adds the path from the adapter's value down to where the reader is: the enclosing decoders add the rest.
	private BindException located(BindException error) {
		for (int t = this.top; t >= 0 && this.kinds[t] != ROOT; t--) {
			if (this.states[t] == VALUE) {
				error.at(this.kinds[t] == OBJECT ? "." + this.names[t] : "[" + this.indexes[t] + "]");
			}
		}
		return error;
	}
}
