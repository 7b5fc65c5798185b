package io.jsoncore.internal.encode;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import io.jsoncore.Inclusion;
import io.jsoncore.internal.reflect.Property;

/**
 * Generates a {@link RecordWriter} per record class: a hidden class whose one method calls each accessor and hands
 * the value, unboxed where it is a primitive, to the matching {@link RecordWriterCalls} method. Against reading
 * every property through a shared function (a method handle per accessor, boxed results, one megamorphic call per
 * property) this took typed citm_catalog dumps from 322 to 464 ops/s and their allocation from 818 KB to the 500
 * KB of the output (JMH, {@code TypedBenchmark}).
 *
 * <p>The class is defined in json-core's own package, with json-core's own lookup, which has full privilege
 * wherever json-core is: on the class path, and in its own named module, where a lookup into an application's
 * module (through {@code privateLookupIn}) would lack it and could define nothing. The class never names the
 * record: it calls each accessor through a method handle that it takes from its class data as a dynamic constant,
 * typed {@code (Object)T}. A constant handle is inlined by the JIT as a direct call would be, and a class that
 * names no application class links from any class loader: a record loaded apart from json-core (by Spring Boot
 * DevTools' restart loader, say) gets its writer too. The handles come from the accessors made accessible, as the
 * readers of {@code reflect.Accessors} do, so a record in a named module needs its package opened to json-core
 * for either.
 *
 * <p>Where no class can be defined (a GraalVM native image), or {@code -Djsoncore.codegen=false} is set, this
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
		.methodType(int.class, Encoder.class, Object.class, byte[][].class, int.class, int.class)
		.toMethodDescriptorString();

	private static final String CLASS_DATA_AT = MethodType
		.methodType(Object.class, MethodHandles.Lookup.class, String.class, Class.class, int.class)
		.toMethodDescriptorString();

	// Locals of writeProperties: this, out, record, keys, level, and the count written (from the caller's).
	private static final int LEVEL = 4;

	private static final int WRITTEN = 5;

	private RecordWriters() {
	}

	/** A generated writer for the record's properties, or {@code null} where none can be made. */
	static RecordWriter generate(Class<?> recordType, List<Property> properties) {
		if (!ENABLED || !recordType.isRecord() || properties.isEmpty() || properties.size() > MAX_PROPERTIES) {
			return null;
		}
		try {
			List<MethodHandle> accessors = new ArrayList<>();
			for (Property property : properties) {
				Method accessor = property.accessor();
				if (accessor == null || accessor.getDeclaringClass() != recordType) {
					return null;
				}
				accessors.add(accessor(accessor));
			}
			byte[] bytes = classBytes(recordType, properties);
			Class<?> writerClass = MethodHandles.lookup()
				.defineHiddenClassWithClassData(bytes, List.copyOf(accessors), true)
				.lookupClass();
			return (RecordWriter) writerClass.getConstructor().newInstance();
		}
		catch (VirtualMachineError ex) {
			throw ex;
		}
		catch (Throwable ex) {
			// IllegalAccessException, InaccessibleObjectException, a platform's own error for an unsupported
			// feature: this class cannot be generated here, which only costs speed.
			return null;
		}
	}

	// The accessor as (Object)T, T the type its entry method takes.
	private static MethodHandle accessor(Method accessor) throws IllegalAccessException {
		try {
			accessor.setAccessible(true);
		}
		catch (RuntimeException ex) {
			// a package a named module does not open: unreflect says why, and the readers fall back alike
		}
		RecordWriters.class.getModule().addReads(accessor.getDeclaringClass().getModule());
		return MethodHandles.lookup()
			.unreflect(accessor)
			.asType(MethodType.methodType(written(accessor.getReturnType()), Object.class));
	}

	static byte[] classBytes(Class<?> recordType, List<Property> properties) {
		String name = internalName(RecordWriters.class).replace("RecordWriters", "RecordWriter$$")
				+ recordType.getSimpleName().replaceAll("[^A-Za-z0-9_]", "_");
		ClassFileBuilder file = new ClassFileBuilder(name, "java/lang/Object", internalName(RecordWriter.class));
		file.method("<init>", "()V", 1, 1,
				new ClassFileBuilder.Code().op(ClassFileBuilder.ALOAD_0)
					.opWithIndex(ClassFileBuilder.INVOKESPECIAL, file.methodRef("java/lang/Object", "<init>", "()V"))
					.op(ClassFileBuilder.RETURN)
					.toByteArray());
		int classDataAt = file.methodHandle(ClassFileBuilder.REF_INVOKE_STATIC,
				file.methodRef("java/lang/invoke/MethodHandles", "classDataAt", CLASS_DATA_AT));

		ClassFileBuilder.Code code = new ClassFileBuilder.Code();
		for (int i = 0; i < properties.size(); i++) {
			Property property = properties.get(i);
			Class<?> type = property.accessor().getReturnType();
			Class<?> written = written(type);
			// out, keys[i], then accessor i (a constant) called on the record
			code.op(ClassFileBuilder.ALOAD_1)
				.op(ClassFileBuilder.ALOAD_3)
				.pushInt(i)
				.op(ClassFileBuilder.AALOAD)
				.opWithIndex(ClassFileBuilder.LDC_W, file.dynamic("_", "Ljava/lang/invoke/MethodHandle;", classDataAt,
						file.integer(i)))
				.op(ClassFileBuilder.ALOAD_2)
				.opWithIndex(ClassFileBuilder.INVOKEVIRTUAL, file.methodRef("java/lang/invoke/MethodHandle",
						"invokeExact", "(Ljava/lang/Object;)" + descriptor(written)));
			String entryDescriptor;
			if (type.isPrimitive()) {
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
				entryDescriptor = "(" + ENCODER_DESCRIPTOR + "[B" + descriptor(written) + descriptor(Inclusion.class)
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

	// What an entry method takes: short and byte as ints (the JVM's stack holds them so anyway), String as itself,
	// any other reference as an Object.
	private static Class<?> written(Class<?> type) {
		if (type == short.class || type == byte.class) {
			return int.class;
		}
		return type.isPrimitive() || type == String.class ? type : Object.class;
	}

	private static String entryMethod(Class<?> type) {
		if (!type.isPrimitive()) {
			return type == String.class ? "stringEntry" : "objectEntry";
		}
		return written(type).getName() + "Entry";
	}

	private static String internalName(Class<?> type) {
		return type.getName().replace('.', '/');
	}

	private static String descriptor(Class<?> type) {
		return MethodType.methodType(type).toMethodDescriptorString().substring(2);
	}
}
