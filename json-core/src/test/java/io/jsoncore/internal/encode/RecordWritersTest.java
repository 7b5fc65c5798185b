package io.jsoncore.internal.encode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.jsoncore.Inclusion;
import io.jsoncore.JsonEncodeException;
import io.jsoncore.PropertyNaming;
import io.jsoncore.internal.reflect.Property;
import io.jsoncore.internal.reflect.RecordModel;
import io.jsoncore.testing.OwnClassLoader;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The writers generated per record class write the same bytes as reading each property through its reader, for
 * every kind of component and every option that changes how properties are written. A generated class that the
 * JVM rejected would fall back silently, so each test first checks that a class was generated.
 */
class RecordWritersTest {

	record Primitives(int anInt, long aLong, double aDouble, float aFloat, boolean aBoolean, char aChar,
			short aShort, byte aByte) {
	}

	record References(String text, Long boxed, List<Long> ids, Map<String, Object> attributes,
			Optional<String> nick, int[] codes, UUID id, Primitives nested, Object anything) {
	}

	record Annotated(@JsonProperty("order_id") long orderId, @JsonIgnore String secret,
			@JsonInclude(JsonInclude.Include.NON_NULL) String note, @JsonInclude(JsonInclude.Include.ALWAYS) String kept,
			String camelCaseName) {
	}

	private record PrivateRecord(String value) {
	}

	record Failing(String value) {

		@Override
		public String value() {
			throw new IllegalStateException("no value today");
		}
	}

	private static final Primitives PRIMITIVES = new Primitives(-7, Long.MIN_VALUE, 2.5, 0.1f, true, '\u00e9',
			(short) -300, (byte) 12);

	private static final Primitives EDGES = new Primitives(Integer.MIN_VALUE, Long.MAX_VALUE, Double.NaN,
			Float.MAX_VALUE, false, '"', Short.MAX_VALUE, Byte.MIN_VALUE);

	private static final References FULL = new References("h\u00e9 \"there\"\n", 123_456_789_012L,
			new ArrayList<>(List.of(1L, 22L, 333_333_333L)), new LinkedHashMap<>(Map.of("k", List.of(1, "two"))),
			Optional.of("ada"), new int[] { 3, 4 }, new UUID(1, 2), PRIMITIVES, Map.of());

	private static final References SPARSE = new References("", null, List.of(), Map.of(), Optional.empty(),
			new int[0], null, null, null);

	private static final Annotated ANNOTATED = new Annotated(42, "s3cret", null, null, "x");

	private static final int[] OPTION_SETS = { 0, Options.INDENT_2, Options.NON_STR_KEYS, Options.APPEND_NEWLINE,
			Options.INDENT_2 | Options.SORT_KEYS };

	@Test
	void aClassIsGeneratedForEveryKindOfComponent() {
		for (Class<?> type : List.of(Primitives.class, References.class, Annotated.class, PrivateRecord.class,
				Failing.class)) {
			assertThat(RecordWriters.generate(type, RecordModel.properties(type))).as(type.getName()).isNotNull();
		}
	}

	@Test
	void aRecordOfAnotherClassLoaderGetsAGeneratedWriter() throws Exception {
		Class<?> parcel = new OwnClassLoader("io.jsoncore.unloading.").loadClass("io.jsoncore.unloading.Parcel");
		assertThat(parcel.getClassLoader()).isNotSameAs(RecordWriters.class.getClassLoader());
		assertThat(RecordWriters.generate(parcel, RecordModel.properties(parcel))).isNotNull();
	}

	/** Records the classes on the stack when its accessor is called, hidden ones included. */
	record Witness(String value) {

		static final List<String> CALLERS = new ArrayList<>();

		@Override
		public String value() {
			StackWalker.getInstance(StackWalker.Option.SHOW_HIDDEN_FRAMES)
				.forEach((frame) -> CALLERS.add(frame.getClassName()));
			return this.value;
		}
	}

	@Test
	void dumpsCallsAccessorsFromTheGeneratedWriter() {
		Witness.CALLERS.clear();
		assertThat(new String(io.jsoncore.Json.dumps(List.of(new Witness("w"))), StandardCharsets.UTF_8))
			.isEqualTo("[{\"value\":\"w\"}]");
		assertThat(Witness.CALLERS).anyMatch((name) -> name.startsWith("io.jsoncore.internal.encode.RecordWriter$$Witness"));
	}

	@Test
	void generatedWritersWriteWhatTheReadersWrite() {
		List<Object> values = List.of(PRIMITIVES, EDGES, FULL, SPARSE, ANNOTATED, new PrivateRecord("p"),
				new References(null, -1L, null, null, null, null, null, EDGES, FULL));
		for (Object value : values) {
			for (int options : OPTION_SETS) {
				for (Inclusion inclusion : Inclusion.values()) {
					for (PropertyNaming naming : List.of(PropertyNaming.AS_WRITTEN, PropertyNaming.SNAKE_CASE)) {
						String generated = dumps(value, true, options, inclusion, naming);
						String read = dumps(value, false, options, inclusion, naming);
						assertThat(generated).as("%s, options %d, %s, %s", value, options, inclusion, naming)
							.isEqualTo(read);
					}
				}
			}
		}
	}

	@Test
	void generatedWriterWritesExactBytes() {
		assertThat(dumps(PRIMITIVES, true, 0, Inclusion.ALWAYS, PropertyNaming.AS_WRITTEN)).isEqualTo(
				"{\"anInt\":-7,\"aLong\":-9223372036854775808,\"aDouble\":2.5,\"aFloat\":0.1,\"aBoolean\":true,"
						+ "\"aChar\":\"\u00e9\",\"aShort\":-300,\"aByte\":12}");
		assertThat(dumps(ANNOTATED, true, 0, Inclusion.ALWAYS, PropertyNaming.SNAKE_CASE))
			.isEqualTo("{\"order_id\":42,\"kept\":null,\"camel_case_name\":\"x\"}");
		assertThat(dumps(SPARSE, true, 0, Inclusion.NON_EMPTY, PropertyNaming.AS_WRITTEN)).isEqualTo("{}");
	}

	@Test
	void anAccessorThatThrowsFailsTheSameWayThroughBothPaths() {
		for (boolean generated : new boolean[] { true, false }) {
			assertThatThrownBy(() -> dumps(new Failing("v"), generated, 0, Inclusion.ALWAYS, PropertyNaming.AS_WRITTEN))
				.isInstanceOf(IllegalStateException.class)
				.hasMessage("no value today");
		}
	}

	@Test
	void strictIntegerFailsTheSameWayThroughBothPaths() {
		for (boolean generated : new boolean[] { true, false }) {
			assertThatThrownBy(
					() -> dumps(PRIMITIVES, generated, Options.STRICT_INTEGER, Inclusion.ALWAYS, PropertyNaming.AS_WRITTEN))
				.isInstanceOf(JsonEncodeException.class)
				.hasMessage("Integer exceeds 53-bit range");
		}
	}

	@Test
	void classBytesStartWithTheJava17ClassFileHeader() {
		byte[] bytes = RecordWriters.classBytes(Primitives.class, RecordModel.properties(Primitives.class));
		assertThat(Arrays.copyOf(bytes, 8)).containsExactly(0xCA, 0xFE, 0xBA, 0xBE, 0, 0, 0, 61);
	}

	private static String dumps(Object value, boolean generated, int options, Inclusion inclusion,
			PropertyNaming naming) {
		List<Property> properties = RecordModel.properties(value.getClass());
		RecordWriter writer = generated ? RecordWriters.generate(value.getClass(), properties) : null;
		assertThat(writer != null).isEqualTo(generated);
		PropertiesEncoder encoder = new PropertiesEncoder(properties, writer);
		Encoder out = new Encoder();
		out.configure(options, null, naming, inclusion);
		encoder.encode(out, value, 0);
		return new String(out.toByteArray(), StandardCharsets.UTF_8);
	}
}
