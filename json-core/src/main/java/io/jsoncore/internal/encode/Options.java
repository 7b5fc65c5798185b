package io.jsoncore.internal.encode;

import io.jsoncore.JsonOption;

/** The option flags as bits of an {@code int}, so a call carries all of them in one field. */
public final class Options {

	public static final int APPEND_NEWLINE = bit(JsonOption.APPEND_NEWLINE);

	public static final int INDENT_2 = bit(JsonOption.INDENT_2);

	public static final int NAIVE_UTC = bit(JsonOption.NAIVE_UTC);

	public static final int NON_STR_KEYS = bit(JsonOption.NON_STR_KEYS);

	public static final int OMIT_MICROSECONDS = bit(JsonOption.OMIT_MICROSECONDS);

	public static final int PASSTHROUGH_DATETIME = bit(JsonOption.PASSTHROUGH_DATETIME);

	public static final int PASSTHROUGH_RECORD = bit(JsonOption.PASSTHROUGH_RECORD);

	public static final int SORT_KEYS = bit(JsonOption.SORT_KEYS);

	public static final int STRICT_INTEGER = bit(JsonOption.STRICT_INTEGER);

	public static final int UTC_Z = bit(JsonOption.UTC_Z);

	private Options() {
	}

	private static int bit(JsonOption option) {
		return 1 << option.ordinal();
	}

	/** The bits of the given options; {@code null} entries are rejected. */
	public static int mask(JsonOption... options) {
		int mask = 0;
		for (JsonOption option : options) {
			mask |= bit(option);
		}
		return mask;
	}
}
