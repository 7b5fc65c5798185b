package io.jsoncore.internal.encode;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;

import io.jsoncore.Inclusion;
import io.jsoncore.internal.reflect.Property;

/**
 * Generates a {@link RecordWriter} per record class: a hidden class in the record's package whose one method
 * calls each accessor and hands the value, unboxed where it is a primitive, to the matching
 * {@link RecordWriterCalls} method. Against reading every property through a shared function (a method handle
 * per accessor, boxed results, one megamorphic call per property) this took typed citm_catalog dumps from 322 to
 * 464 ops/s and their allocation from 818 KB to the 500 KB of the output (JMH, {@code TypedBenchmark}).
 *
 * <p>Where no class can be defined (a record in a named module that does not open its package to jsoncore, a
 * record loaded apart from jsoncore, a GraalVM native image) or {@code -Djsoncore.codegen=false} is set, this
 * returns {@code null} and {@link PropertiesEncoder} reads the properties through their readers instead: the same
 * bytes, more slowly.
 */
final class RecordWriters {

	// A native image cannot define classes at run time; GraalVM sets this property in one.
	static final boolean ENABLED = !"false".equals(System.getProperty("jsoncore.codegen"))
			&& System.getProperty("org.graalvm.nativeimage.imagecode") == null;

	// Each property takes about 25 bytes of code; a method holds at most 65535.
	private static final int MAX_PROPERTIES = 2000;

	private static final String CALLS = internalName(RecordWriterCalls.class);

	private static final String ENCODER_DESCRIPTOR = descriptor(Encoder.class);

	private static final String INCLUSION = internalName(Inclusion.class);

	private static final String WRITE_PROPERTIES = MethodType
		.methodType(int.class, Encoder.class, Object.class, byte[][].class, int.class)
		.toMethodDescriptorString();

	// Locals of writeProperties: this, out, record, keys, level, then the cast record and the count written.
	private static final int OUT = 1;

	private static final int RECORD = 2;

	private static final int KEYS = 3;

	private static final int LEVEL = 4;

	private static final int TYPED_RECORD = 5;

	private static final int WRITTEN = 6;

	private RecordWriters() {
	}

	/** A generated writer for the record's properties, or {@code null} where none can be made. */
	static RecordWriter generate(Class<?> recordType, List<Property> properties) {
		if (!ENABLED || !recordType.isRecord() || properties.isEmpty() || properties.size() > MAX_PROPERTIES) {
			return null;
		}
		for (Property property : properties) {
			Method accessor = property.accessor();
			if (accessor == null || accessor.getDeclaringClass() != recordType
					|| !Modifier.isPublic(accessor.getModifiers())) {
				return null;
			}
		}
		try {
			MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(recordType, MethodHandles.lookup());
			byte[] bytes = classBytes(recordType, properties);
			Class<?> writerClass = lookup.defineHiddenClass(bytes, true).lookupClass();
			if (!RecordWriter.class.isAssignableFrom(writerClass)) {
				return null; // the record's loader sees another copy of jsoncore
			}
			return (RecordWriter) writerClass.getConstructor().newInstance();
		}
		catch (VirtualMachineError ex) {
			throw ex;
		}
		catch (Throwable ex) {
			// IllegalAccessException, InaccessibleObjectException, NoClassDefFoundError, a platform's own error
			// for an unsupported feature: this class cannot be generated here, which only costs speed.
			return null;
		}
	}

	static byte[] classBytes(Class<?> recordType, List<Property> properties) {
		String record = internalName(recordType);
		ClassFileBuilder file = new ClassFileBuilder(record + "$$JsonCoreWriter", "java/lang/Object",
				internalName(RecordWriter.class));
		file.method("<init>", "()V", 1, 1,
				new ClassFileBuilder.Code().op(ClassFileBuilder.ALOAD_0)
					.opWithIndex(ClassFileBuilder.INVOKESPECIAL, file.methodRef("java/lang/Object", "<init>", "()V"))
					.op(ClassFileBuilder.RETURN)
					.toByteArray());

		ClassFileBuilder.Code code = new ClassFileBuilder.Code();
		code.op(ClassFileBuilder.ALOAD_2)
			.opWithIndex(ClassFileBuilder.CHECKCAST, file.classRef(record))
			.op(ClassFileBuilder.ASTORE, TYPED_RECORD)
			.op(ClassFileBuilder.ICONST_0)
			.op(ClassFileBuilder.ISTORE, WRITTEN);
		for (int i = 0; i < properties.size(); i++) {
			Property property = properties.get(i);
			Method accessor = property.accessor();
			Class<?> type = accessor.getReturnType();
			// out, keys[i], record.accessor()
			code.op(ClassFileBuilder.ALOAD_1)
				.op(ClassFileBuilder.ALOAD_3)
				.pushInt(i)
				.op(ClassFileBuilder.AALOAD)
				.op(ClassFileBuilder.ALOAD, TYPED_RECORD)
				.opWithIndex(ClassFileBuilder.INVOKEVIRTUAL, file.methodRef(record, accessor.getName(),
						MethodType.methodType(type).toMethodDescriptorString()));
			String entryDescriptor;
			if (type.isPrimitive()) {
				Class<?> written = widened(type);
				entryDescriptor = "(" + ENCODER_DESCRIPTOR + "[B" + descriptor(written) + "II)I";
			}
			else {
				Inclusion own = property.inclusion();
				if (own == null) {
					code.op(ClassFileBuilder.ACONST_NULL);
				}
				else {
					code.opWithIndex(ClassFileBuilder.GETSTATIC,
							file.fieldRef(INCLUSION, own.name(), descriptor(Inclusion.class)));
				}
				String valueDescriptor = type == String.class ? "Ljava/lang/String;" : "Ljava/lang/Object;";
				entryDescriptor = "(" + ENCODER_DESCRIPTOR + "[B" + valueDescriptor + descriptor(Inclusion.class)
						+ "II)I";
			}
			code.op(ClassFileBuilder.ILOAD, WRITTEN)
				.op(ClassFileBuilder.ILOAD, LEVEL)
				.opWithIndex(ClassFileBuilder.INVOKESTATIC, file.methodRef(CALLS, entryMethod(type), entryDescriptor))
				.op(ClassFileBuilder.ISTORE, WRITTEN);
		}
		code.op(ClassFileBuilder.ILOAD, WRITTEN).op(ClassFileBuilder.IRETURN);
		// The deepest stack: out, key, a long or double (two slots), written, level; or out, key, value,
		// inclusion, written, level.
		file.method("writeProperties", WRITE_PROPERTIES, 6, WRITTEN + 1, code.toByteArray());
		return file.toByteArray();
	}

	// short and byte are written as ints, which is what the JVM has on its stack for them anyway.
	private static Class<?> widened(Class<?> type) {
		return type == short.class || type == byte.class ? int.class : type;
	}

	private static String entryMethod(Class<?> type) {
		if (!type.isPrimitive()) {
			return type == String.class ? "stringEntry" : "objectEntry";
		}
		Class<?> written = widened(type);
		return written.getName() + "Entry";
	}

	private static String internalName(Class<?> type) {
		return type.getName().replace('.', '/');
	}

	private static String descriptor(Class<?> type) {
		return MethodType.methodType(type).toMethodDescriptorString().substring(2);
	}
}
