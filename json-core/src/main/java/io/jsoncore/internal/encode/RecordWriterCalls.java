package io.jsoncore.internal.encode;

import io.jsoncore.Inclusion;

/**
 * What a generated {@link RecordWriter} calls, one static method per kind of property: each writes one entry and
 * returns the count of entries written so far, so the generated code is a straight run of calls with no branch
 * (and so needs no stack map frames). The generated class lives in this package, so these need not be public.
 */
final class RecordWriterCalls {

	private RecordWriterCalls() {
	}

	static int objectEntry(Encoder out, byte[] key, Object value, Inclusion own, int written, int level) {
		if (!PropertiesEncoder.included(value, own != null ? own : out.inclusion)) {
			return written;
		}
		key(out, key, written, level);
		out.writeValue(value, level);
		return written + 1;
	}

	// Strings apart from objectEntry, although writeValue takes a String first: writeValue is too large to be
	// inlined here, and sending String properties through it cost typed twitter dumps 7% and 16% (two harness runs).
	static int stringEntry(Encoder out, byte[] key, String value, Inclusion own, int written, int level) {
		if (!PropertiesEncoder.included(value, own != null ? own : out.inclusion)) {
			return written;
		}
		key(out, key, written, level);
		if (value != null) {
			out.writeString(value);
		}
		else {
			out.writeNull();
		}
		return written + 1;
	}

	// A primitive is never null and never empty, so every inclusion keeps it.

	static int intEntry(Encoder out, byte[] key, int value, int written, int level) {
		key(out, key, written, level);
		out.writeInt(value);
		return written + 1;
	}

	static int longEntry(Encoder out, byte[] key, long value, int written, int level) {
		key(out, key, written, level);
		out.writeLong(value);
		return written + 1;
	}

	static int doubleEntry(Encoder out, byte[] key, double value, int written, int level) {
		key(out, key, written, level);
		out.writeDouble(value);
		return written + 1;
	}

	static int floatEntry(Encoder out, byte[] key, float value, int written, int level) {
		key(out, key, written, level);
		out.writeFloat(value);
		return written + 1;
	}

	static int booleanEntry(Encoder out, byte[] key, boolean value, int written, int level) {
		key(out, key, written, level);
		out.writeBoolean(value);
		return written + 1;
	}

	static int charEntry(Encoder out, byte[] key, char value, int written, int level) {
		key(out, key, written, level);
		out.writeQuoted(new char[] { value }, 0, 1);
		return written + 1;
	}

	private static void key(Encoder out, byte[] key, int written, int level) {
		out.beginEntry(written == 0, level);
		out.writeKeyBytes(key);
	}
}
