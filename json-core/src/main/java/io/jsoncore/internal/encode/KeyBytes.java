package io.jsoncore.internal.encode;

/** Encodes names once, when a class is first seen, with the same escaping as every other string. */
public final class KeyBytes {

	private final Encoder scratch = new Encoder();

	/** {@code "name"}, quoted and escaped. */
	public byte[] quoted(String name) {
		this.scratch.pos = 0;
		this.scratch.writeString(name);
		return this.scratch.toByteArray();
	}

	/** {@code "name":}, ready to write before a value. */
	byte[] withColon(String name) {
		this.scratch.pos = 0;
		this.scratch.writeString(name);
		this.scratch.writeByte((byte) ':');
		return this.scratch.toByteArray();
	}
}
