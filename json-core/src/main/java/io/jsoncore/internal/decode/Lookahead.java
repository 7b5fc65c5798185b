package io.jsoncore.internal.decode;

import java.util.Arrays;

/**
 * Finds a property anywhere in an object without reading the object: how a polymorphic read finds a discriminator
 * that does not come first. When the first key is not the one sought, the object is walked once (as strictly as
 * {@link JsonParser#skipValue()} walks it) and every object inside it is indexed by the positions of its keys; the
 * parser is then set back. A later search for an object inside the one walked uses the index, so polymorphic
 * values nested in one another, each with its discriminator last, cost one walk in all and not one per level: the
 * whole read stays linear in the input.
 */
public final class Lookahead {

	// [from, to): the value last walked; its objects' starts in document order, so sorted.
	private int from = -1;

	private int to = -1;

	private int[] objects = new int[8];

	private int[] firstKey = new int[8];

	private int[] lastKey = new int[8];

	private int objectCount;

	// Each key's position (its opening quote), and the next key of the same object (-1: none).
	private int[] keys = new int[16];

	private int[] nextKey = new int[16];

	private int keyCount;

	// How many bytes walks have covered in this document: what the tests read to see that nothing is walked twice.
	long walked;

	private Lookahead() {
	}

	/**
	 * The position of the value of {@code name} in the object the parser is at (the first entry of that name), or
	 * -1 where it has none. The parser is where it was after.
	 */
	public static int find(JsonParser in, KeyNames name) {
		int start = in.position();
		int depth = in.depth();
		try {
			if (!in.beginObject()) {
				return -1;
			}
			if (in.readKeyIndex(name, 0) == 0) {
				return in.position();
			}
			Lookahead index = in.lookahead;
			if (index == null) {
				index = in.lookahead = new Lookahead();
			}
			if (start < index.from || start >= index.to) {
				in.rewind(start, depth);
				index.walk(in);
			}
			return index.search(in, start, depth + 1, name);
		}
		finally {
			in.rewind(start, depth);
		}
	}

	/** The bytes walked so far in the document {@code in} reads. */
	static long walked(JsonParser in) {
		return in.lookahead != null ? in.lookahead.walked : 0;
	}

	private void walk(JsonParser in) {
		this.objectCount = 0;
		this.keyCount = 0;
		this.from = in.position();
		value(in);
		this.to = in.position();
		this.walked += this.to - this.from;
	}

	private void value(JsonParser in) {
		byte b = in.current();
		if (b == '{') {
			int object = addObject(in.position());
			if (in.beginObject()) {
				do {
					addKey(object, in.position());
					in.skipKey();
					value(in);
				}
				while (in.nextEntry());
			}
		}
		else if (b == '[') {
			if (in.beginArray()) {
				do {
					value(in);
				}
				while (in.nextElement());
			}
		}
		else {
			in.skipValue();
		}
	}

	private int search(JsonParser in, int start, int inside, KeyNames name) {
		int object = Arrays.binarySearch(this.objects, 0, this.objectCount, start);
		for (int key = object >= 0 ? this.firstKey[object] : -1; key >= 0; key = this.nextKey[key]) {
			in.rewind(this.keys[key], inside);
			if (in.readKeyIndex(name, 0) == 0) {
				return in.position();
			}
		}
		return -1;
	}

	private int addObject(int position) {
		if (this.objectCount == this.objects.length) {
			int grown = this.objectCount * 2;
			this.objects = Arrays.copyOf(this.objects, grown);
			this.firstKey = Arrays.copyOf(this.firstKey, grown);
			this.lastKey = Arrays.copyOf(this.lastKey, grown);
		}
		int object = this.objectCount++;
		this.objects[object] = position;
		this.firstKey[object] = -1;
		this.lastKey[object] = -1;
		return object;
	}

	private void addKey(int object, int position) {
		if (this.keyCount == this.keys.length) {
			this.keys = Arrays.copyOf(this.keys, this.keyCount * 2);
			this.nextKey = Arrays.copyOf(this.nextKey, this.keyCount * 2);
		}
		int key = this.keyCount++;
		this.keys[key] = position;
		this.nextKey[key] = -1;
		if (this.lastKey[object] < 0) {
			this.firstKey[object] = key;
		}
		else {
			this.nextKey[this.lastKey[object]] = key;
		}
		this.lastKey[object] = key;
	}
}
