package io.jsoncore.internal.write;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * One growable {@code byte[]} and a write position: every byte of output goes through here. Callers reserve
 * room with {@link #ensure(int)} once for a run of writes, then write at {@link #pos} directly or through the
 * position-returning helpers ({@link NumberWriter}, {@link DoubleWriter}, ...). Not thread-safe: one writer
 * serves one call at a time.
 */
public class ByteWriter {

	/** Larger than this, a buffer is not kept for reuse: a 50 MB response should not pin 50 MB forever. */
	public static final int MAX_RETAINED_CAPACITY = 1 << 20;

	// The largest array the JVM reliably allocates.
	private static final int MAX_ARRAY_LENGTH = Integer.MAX_VALUE - 8;

	// Public for the encoders of other packages of this internal tree, which write at pos directly.
	public byte[] buf;

	public int pos;

	protected ByteWriter(int initialCapacity) {
		this.buf = new byte[initialCapacity];
	}

	/** Makes room for {@code count} more bytes after the current position. */
	public final void ensure(int count) {
		if (count > this.buf.length - this.pos) {
			grow(count);
		}
	}

	private void grow(int count) {
		long needed = (long) this.pos + count;
		if (needed > MAX_ARRAY_LENGTH) {
			throw new OutOfMemoryError("JSON output would exceed " + MAX_ARRAY_LENGTH + " bytes");
		}
		long doubled = Math.max((long) this.buf.length << 1, 64);
		this.buf = Arrays.copyOf(this.buf, (int) Math.min(Math.max(doubled, needed), MAX_ARRAY_LENGTH));
	}

	public final void writeByte(byte b) {
		ensure(1);
		this.buf[this.pos++] = b;
	}

	public final void writeBytes(byte[] bytes) {
		writeBytes(bytes, 0, bytes.length);
	}

	public final void writeBytes(byte[] bytes, int offset, int length) {
		ensure(length);
		System.arraycopy(bytes, offset, this.buf, this.pos, length);
		this.pos += length;
	}

	public final int size() {
		return this.pos;
	}

	public final byte[] toByteArray() {
		return Arrays.copyOf(this.buf, this.pos);
	}

	public final void writeTo(OutputStream out) throws IOException {
		out.write(this.buf, 0, this.pos);
	}

	/** Empties the writer for its next use, dropping a buffer that grew past {@link #MAX_RETAINED_CAPACITY}. */
	protected void reset(int initialCapacity) {
		this.pos = 0;
		if (this.buf.length > MAX_RETAINED_CAPACITY) {
			this.buf = new byte[initialCapacity];
		}
	}
}
