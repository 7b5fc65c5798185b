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
 * map frames; dynamic constants (with their bootstrap methods) for the values a hidden class takes as class data.
 * The constant pool shares equal entries.
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

	static final int LDC_W = 0x13;

	/** {@code CONSTANT_MethodHandle}'s kind for a static method. */
	static final int REF_INVOKE_STATIC = 6;

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

	// The BootstrapMethods attribute: each entry a method handle and its static arguments.
	private final ByteArrayOutputStream bootstraps = new ByteArrayOutputStream();

	private final DataOutputStream bootstrapsOut = new DataOutputStream(this.bootstraps);

	private final Map<String, Integer> bootstrapIndexes = new HashMap<>();

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

	int integer(int value) {
		return entry("I" + value, (out) -> {
			out.writeByte(3);
			out.writeInt(value);
		});
	}

	int methodHandle(int kind, int memberRef) {
		return entry("H" + kind + ':' + memberRef, (out) -> {
			out.writeByte(15);
			out.writeByte(kind);
			out.writeShort(memberRef);
		});
	}

	/** A dynamic constant ({@code CONSTANT_Dynamic}) made by a bootstrap method from its static arguments. */
	int dynamic(String name, String descriptor, int bootstrapHandle, int... arguments) {
		int bootstrap = bootstrap(bootstrapHandle, arguments);
		return entry("D" + bootstrap + ':' + name + ':' + descriptor, (out) -> {
			int nameAndType = nameAndType(name, descriptor);
			out.writeByte(17);
			out.writeShort(bootstrap);
			out.writeShort(nameAndType);
		});
	}

	private int bootstrap(int handle, int[] arguments) {
		StringBuilder key = new StringBuilder().append(handle);
		for (int argument : arguments) {
			key.append(',').append(argument);
		}
		Integer existing = this.bootstrapIndexes.get(key.toString());
		if (existing != null) {
			return existing;
		}
		try {
			this.bootstrapsOut.writeShort(handle);
			this.bootstrapsOut.writeShort(arguments.length);
			for (int argument : arguments) {
				this.bootstrapsOut.writeShort(argument);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		int index = this.bootstrapIndexes.size();
		this.bootstrapIndexes.put(key.toString(), index);
		return index;
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
		// the attribute's name goes into the pool before the pool is written
		int bootstrapMethods = this.bootstrapIndexes.isEmpty() ? 0 : utf8("BootstrapMethods");
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
			if (bootstrapMethods == 0) {
				out.writeShort(0); // no class attributes
			}
			else {
				out.writeShort(1);
				out.writeShort(bootstrapMethods);
				out.writeInt(2 + this.bootstraps.size());
				out.writeShort(this.bootstrapIndexes.size());
				this.bootstraps.writeTo(out);
			}
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
