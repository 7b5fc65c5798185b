package io.jsoncore.internal.encode;

import io.jsoncore.JsonEncodeException;

/**
 * The encoder of a class json-core found it cannot write when it first looked at it: each write fails with the
 * reason, and {@link WriteCheck} reports the reason before any write.
 */
final class Unwritable implements ValueEncoder {

	/** What a write of it says: {@code Type is not JSON serializable: ...}. */
	final String message;

	private final RuntimeException cause;

	private final boolean passthrough;

	/**
	 * @param passthrough whether {@code PASSTHROUGH_RECORD} sends the value to the fallback instead (a class whose
	 * properties cannot be read), as it does for records json-core writes
	 */
	Unwritable(String message, RuntimeException cause, boolean passthrough) {
		this.message = message;
		this.cause = cause;
		this.passthrough = passthrough;
	}

	@Override
	public void encode(Encoder out, Object value, int depth) {
		if (this.passthrough && out.has(Options.PASSTHROUGH_RECORD)) {
			out.writeFallback(value, depth);
			return;
		}
		throw new JsonEncodeException(this.message, this.cause);
	}
}
