package io.jsoncore.internal.encode;

/**
 * A record's properties written by a class generated for that record (see {@link RecordWriters}): its accessors
 * called through constant method handles, primitives unboxed, one straight run of calls per record with no loop
 * and no per-property dispatch.
 */
interface RecordWriter {

	/**
	 * Writes the {@code "name":value} entries of {@code record} after an opening brace and {@code written} entries
	 * already written (a discriminator), and returns how many there are then.
	 */
	int writeProperties(Encoder out, Object record, byte[][] keys, int level, int written);

}
