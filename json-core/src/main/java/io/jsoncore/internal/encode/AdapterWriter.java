package io.jsoncore.internal.encode;

import java.util.Arrays;

import io.jsoncore.JsonEncodeException;
import io.jsoncore.JsonWriter;

/**
 * The {@link JsonWriter} adapters write through: a view of its {@link Encoder}, one per encoder. It keeps a stack of
 * frames, one per open object or array and one for each adapter call at work (a root), and checks every call
 * against it, so that what an adapter writes is always exactly one well-formed value: json-core never emits
 * malformed JSON, whatever an adapter does.
 */
final class AdapterWriter implements JsonWriter {

	private static final int ROOT = 0;

	private static final int OBJECT = 1;

	private static final int ARRAY = 2;

	private final Encoder out;

	private int[] kinds = new int[8];

	// Values written in the frame: a root takes one, an object counts its properties.
	private int[] counts = new int[8];

	// The encoder's container level of the frame, for indentation and the recursion limit.
	private int[] levels = new int[8];

	// Whether an object frame has a name waiting for its value.
	private boolean[] named = new boolean[8];

	// The value's class of each root, for the errors.
	private Class<?>[] types = new Class<?>[8];

	private int top = -1;

	AdapterWriter(Encoder out) {
		this.out = out;
	}

	/** Starts an adapter's write of a value of {@code type} at {@code depth}; returns the frame to close after it. */
	int open(Class<?> type, int depth) {
		push(ROOT, depth);
		this.types[this.top] = type;
		return this.top;
	}

	/** After the adapter returned: it must have written one value and closed every container it opened. */
	void close(int frame) {
		if (this.top != frame) {
			String open = this.kinds[this.top] == OBJECT ? "an object" : "an array";
			JsonEncodeException error = failure(frame, "left " + open + " open");
			abandon(frame);
			throw error;
		}
		if (this.counts[frame] == 0) {
			JsonEncodeException error = failure(frame, "wrote no value");
			abandon(frame);
			throw error;
		}
		abandon(frame);
	}

	/** After the adapter returned or threw, or before the encoder goes back to the pool: its frames go. */
	void abandon(int frame) {
		// a pooled encoder must not keep an application's class alive
		Arrays.fill(this.types, frame, Math.max(frame, this.top + 1), null);
		this.top = frame - 1;
	}

	@Override
	public JsonWriter beginObject() {
		return begin(OBJECT, '{');
	}

	@Override
	public JsonWriter endObject() {
		return end(OBJECT, '}', "endObject()");
	}

	@Override
	public JsonWriter beginArray() {
		return begin(ARRAY, '[');
	}

	@Override
	public JsonWriter endArray() {
		return end(ARRAY, ']', "endArray()");
	}

	private JsonWriter begin(int kind, char open) {
		beforeValue();
		int level = this.out.enter(this.levels[this.top]);
		this.out.openContainer(open);
		push(kind, level);
		return this;
	}

	private JsonWriter end(int kind, char close, String call) {
		int t = current();
		if (this.kinds[t] != kind) {
			throw failure(t, call + " with " + (this.kinds[t] == ROOT ? "nothing" : this.kinds[t] == OBJECT
					? "an object" : "an array") + " open");
		}
		if (this.named[t]) {
			throw failure(t, call + " after a name with no value");
		}
		if (this.counts[t] == 0) {
			// nothing written since the bracket, so no flush either: take it back and write the empty pair
			this.out.pos--;
			this.out.writeEmpty(close == '}' ? '{' : '[', close);
		}
		else {
			this.out.endContainer(close, this.levels[t]);
		}
		this.top--;
		this.counts[this.top]++;
		return this;
	}

	@Override
	public JsonWriter name(String name) {
		int t = current();
		if (this.kinds[t] != OBJECT) {
			throw failure(t, "name(\"" + name + "\") outside an object");
		}
		if (this.named[t]) {
			throw failure(t, "name(\"" + name + "\") after a name with no value");
		}
		if (name == null) {
			throw failure(t, "name(null)");
		}
		this.out.beginEntry(this.counts[t] == 0, this.levels[t]);
		this.out.writeKey(name);
		this.out.writeColon();
		this.named[t] = true;
		return this;
	}

	@Override
	public JsonWriter value(String value) {
		beforeValue();
		if (value == null) {
			this.out.writeNull();
		}
		else {
			this.out.writeString(value);
		}
		return afterValue();
	}

	@Override
	public JsonWriter value(long value) {
		beforeValue();
		this.out.writeLong(value);
		return afterValue();
	}

	@Override
	public JsonWriter value(double value) {
		beforeValue();
		this.out.writeDouble(value);
		return afterValue();
	}

	@Override
	public JsonWriter value(boolean value) {
		beforeValue();
		this.out.writeBoolean(value);
		return afterValue();
	}

	@Override
	public JsonWriter nullValue() {
		beforeValue();
		this.out.writeNull();
		return afterValue();
	}

	@Override
	public JsonWriter value(Object value) {
		beforeValue();
		// a nested adapter pushes its frames above this one and pops them before it returns
		this.out.writeValue(value, this.levels[this.top]);
		return afterValue();
	}

	// ---- frames

	private int current() {
		if (this.top < 0) {
			throw new IllegalStateException("This JsonWriter is only for use within its adapter's write");
		}
		return this.top;
	}

	// Before any value: a root takes one, an array separates it, an object needs its name first.
	private void beforeValue() {
		int t = current();
		switch (this.kinds[t]) {
			case ROOT:
				if (this.counts[t] != 0) {
					throw failure(t, "wrote a second value");
				}
				break;
			case ARRAY:
				this.out.beginEntry(this.counts[t] == 0, this.levels[t]);
				break;
			default:
				if (!this.named[t]) {
					throw failure(t, "wrote a value in an object without a name before it");
				}
				this.named[t] = false;
		}
	}

	private JsonWriter afterValue() {
		this.counts[this.top]++;
		return this;
	}

	private void push(int kind, int level) {
		int t = ++this.top;
		if (t == this.kinds.length) {
			int length = t * 2;
			this.kinds = Arrays.copyOf(this.kinds, length);
			this.counts = Arrays.copyOf(this.counts, length);
			this.levels = Arrays.copyOf(this.levels, length);
			this.named = Arrays.copyOf(this.named, length);
			this.types = Arrays.copyOf(this.types, length);
		}
		this.kinds[t] = kind;
		this.counts[t] = 0;
		this.levels[t] = level;
		this.named[t] = false;
		this.types[t] = null;
	}

	// "JsonAdapter for com.acme.Money wrote a second value", naming the adapter whose frame is at work.
	private JsonEncodeException failure(int frame, String what) {
		int root = frame;
		while (root > 0 && this.kinds[root] != ROOT) {
			root--;
		}
		return new JsonEncodeException("JsonAdapter for " + this.types[root].getName() + " " + what);
	}
}
