package io.jsoncore.internal.encode;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Just enough of the class file format (JVMS chapter 4, version 61, Java 17) for {@link RecordWriters}: a final
 * class with one interface, no fields, and methods whose code has no branch, no exception table and so no stack
 * map frames. The constant pool shares equal entries.
 */
final class ClassFileBuilder {

	static final int ALOAD_0 = 0x2a;

	static final int ALOAD_1 = 0x2b;

	static final int ALOAD_2 = 0x2c;

	static final int ALOAD_3 = 0x2d;

	static final int ACONST_NULL = 0x01;

	static final int ICONST_0 = 0x03;

	static final int BIPUSH = 0x10;

	static final int SIPUSH = 0x11;

	static final int ILOAD = 0x15;

	static final int ALOAD = 0x19;

	static final int ISTORE = 0x36;

	static final int ASTORE = 0x3a;

	static final int AALOAD = 0x32;

	static final int IRETURN = 0xac;

	static final int RETURN = 0xb1;

	static final int GETSTATIC = 0xb2;

	static final int INVOKEVIRTUAL = 0xb6;

	static final int INVOKESPECIAL = 0xb7;

	static final int INVOKESTATIC = 0xb8;

	static final int CHECKCAST = 0xc0;

	private static final int MAJOR_VERSION_17 = 61;

	private static final int ACC_PUBLIC = 0x0001;

	private static final int ACC_FINAL = 0x0010;

	private static final int ACC_SUPER = 0x0020;

	private final ByteArrayOutputStream pool = new ByteArrayOutputStream();

	private final DataOutputStream poolOut = new DataOutputStream(this.pool);

	private final Map<String, Integer> poolIndexes = new HashMap<>();

	private int poolCount = 1;

	private final ByteArrayOutputStream methods = new ByteArrayOutputStream();

	private final DataOutputStream methodsOut = new DataOutputStream(this.methods);

	private int methodCount;

	private final int thisClass;

	private final int superClass;

	private final int iface;

	/** Names are internal ({@code a/b/C}). */
	ClassFileBuilder(String name, String superName, String interfaceName) {
		this.thisClass = classRef(name);
		this.superClass = classRef(superName);
		this.iface = classRef(interfaceName);
	}

	int classRef(String internalName) {
		return entry("C" + internalName, (out) -> {
			int name = utf8(internalName);
			out.writeByte(7);
			out.writeShort(name);
		});
	}

	int methodRef(String owner, String name, String descriptor) {
		return memberRef(10, owner, name, descriptor);
	}

	int fieldRef(String owner, String name, String descriptor) {
		return memberRef(9, owner, name, descriptor);
	}

	private int memberRef(int tag, String owner, String name, String descriptor) {
		return entry(tag + owner + '.' + name + ':' + descriptor, (out) -> {
			int ownerIndex = classRef(owner);
			int nameAndType = nameAndType(name, descriptor);
			out.writeByte(tag);
			out.writeShort(ownerIndex);
			out.writeShort(nameAndType);
		});
	}

	private int nameAndType(String name, String descriptor) {
		return entry("N" + name + ':' + descriptor, (out) -> {
			int nameIndex = utf8(name);
			int descriptorIndex = utf8(descriptor);
			out.writeByte(12);
			out.writeShort(nameIndex);
			out.writeShort(descriptorIndex);
		});
	}

	int utf8(String text) {
		return entry("U" + text, (out) -> {
			out.writeByte(1);
			out.writeUTF(text); // the class file's modified UTF-8, with its u2 length
		});
	}

	private interface EntryWriter {

		void write(DataOutputStream out) throws IOException;

	}

	// An entry's own references are added before it, so the pool never points forward (not required, but simple).
	private int entry(String key, EntryWriter writer) {
		Integer existing = this.poolIndexes.get(key);
		if (existing != null) {
			return existing;
		}
		ByteArrayOutputStream entry = new ByteArrayOutputStream();
		try {
			writer.write(new DataOutputStream(entry));
			entry.writeTo(this.poolOut);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		int index = this.poolCount++;
		if (index > 0xFFFF) {
			throw new IllegalStateException("constant pool overflow");
		}
		this.poolIndexes.put(key, index);
		return index;
	}

	/** Adds a public method with its code; {@code code} must hold no branch. */
	void method(String name, String descriptor, int maxStack, int maxLocals, byte[] code) {
		if (code.length > 0xFFFF) {
			throw new IllegalStateException("method too large");
		}
		int nameIndex = utf8(name);
		int descriptorIndex = utf8(descriptor);
		int codeAttribute = utf8("Code");
		try {
			DataOutputStream out = this.methodsOut;
			out.writeShort(ACC_PUBLIC);
			out.writeShort(nameIndex);
			out.writeShort(descriptorIndex);
			out.writeShort(1);
			out.writeShort(codeAttribute);
			out.writeInt(2 + 2 + 4 + code.length + 2 + 2);
			out.writeShort(maxStack);
			out.writeShort(maxLocals);
			out.writeInt(code.length);
			out.write(code);
			out.writeShort(0); // no exception table
			out.writeShort(0); // no attributes: without branches, no StackMapTable is needed
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.methodCount++;
	}

	byte[] toByteArray() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + this.pool.size() + this.methods.size());
		try {
			DataOutputStream out = new DataOutputStream(bytes);
			out.writeInt(0xCAFEBABE);
			out.writeShort(0);
			out.writeShort(MAJOR_VERSION_17);
			out.writeShort(this.poolCount);
			this.pool.writeTo(out);
			out.writeShort(ACC_PUBLIC | ACC_FINAL | ACC_SUPER);
			out.writeShort(this.thisClass);
			out.writeShort(this.superClass);
			out.writeShort(1);
			out.writeShort(this.iface);
			out.writeShort(0); // no fields
			out.writeShort(this.methodCount);
			this.methods.writeTo(out);
			out.writeShort(0); // no class attributes
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/** Bytecode, one instruction at a time. */
	static final class Code {

		private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

		Code op(int opcode) {
			this.bytes.write(opcode);
			return this;
		}

		Code op(int opcode, int u1) {
			this.bytes.write(opcode);
			this.bytes.write(u1);
			return this;
		}

		Code opWithIndex(int opcode, int u2) {
			this.bytes.write(opcode);
			this.bytes.write(u2 >>> 8);
			this.bytes.write(u2);
			return this;
		}

		/** Pushes a small non-negative int constant with the shortest instruction. */
		Code pushInt(int value) {
			if (value <= 5) {
				return op(ICONST_0 + value);
			}
			if (value <= Byte.MAX_VALUE) {
				return op(BIPUSH, value);
			}
			if (value <= Short.MAX_VALUE) {
				return opWithIndex(SIPUSH, value);
			}
			throw new IllegalArgumentException("constant too large: " + value);
		}

		byte[] toByteArray() {
			return this.bytes.toByteArray();
		}
	}
}
