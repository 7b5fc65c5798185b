package io.jsoncore;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static io.jsoncore.testing.Dumps.dumps;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NonStrKeysTest {

	enum Color {
		RED
	}

	private static Map<Object, Object> map(Object key, Object value) {
		Map<Object, Object> map = new LinkedHashMap<>();
		map.put(key, value);
		return map;
	}

	@Test
	void withoutTheOptionKeysMustBeStrings() {
		assertThatThrownBy(() -> Json.dumps(map(1, true))).isInstanceOf(JsonEncodeException.class)
			.hasMessage("Dict key must be str");
		assertThatThrownBy(() -> Json.dumps(map(new StringBuilder("a"), true))).isInstanceOf(JsonEncodeException.class)
			.hasMessage("Dict key must be str");
	}

	@Test
	void convertsScalarKeys() {
		Map<Object, Object> value = new LinkedHashMap<>();
		value.put(1, "int");
		value.put(-9223372036854775808L, "long");
		value.put(1.5, "double");
		value.put(Double.NaN, "nan");
		value.put(1e16, "big double");
		value.put(0.1f, "float");
		value.put(true, "bool");
		value.put(null, "null");
		value.put('c', "char");
		value.put(new StringBuilder("sb"), "char sequence");
		assertThat(dumps(value, JsonOption.NON_STR_KEYS)).isEqualTo("{\"1\":\"int\",\"-9223372036854775808\":\"long\","
				+ "\"1.5\":\"double\",\"null\":\"nan\",\"1e+16\":\"big double\",\"0.1\":\"float\",\"true\":\"bool\","
				+ "\"null\":\"null\",\"c\":\"char\",\"sb\":\"char sequence\"}");
	}

	@Test
	void integerKeysAllowTheUnsigned64BitRange() {
		BigInteger max = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
		assertThat(dumps(map(max, 1), JsonOption.NON_STR_KEYS)).isEqualTo("{\"18446744073709551615\":1}");
		assertThatThrownBy(() -> Json.dumps(map(max.add(BigInteger.ONE), 1), JsonOption.NON_STR_KEYS))
			.isInstanceOf(JsonEncodeException.class)
			.hasMessage("Dict integer key must be within 64-bit range");
	}

	@Test
	void strictIntegerDoesNotApplyToKeys() {
		assertThat(dumps(map(9007199254740992L, 1), JsonOption.NON_STR_KEYS, JsonOption.STRICT_INTEGER))
			.isEqualTo("{\"9007199254740992\":1}");
	}

	@Test
	void convertsUuidEnumAndTimeKeysWithTheTimeOptions() {
		Map<Object, Object> value = new LinkedHashMap<>();
		value.put(UUID.fromString("7202d115-7ff3-4c81-a7c1-2a1f067b1ece"), List.of(1, 2, 3));
		value.put(Color.RED, 1);
		value.put(LocalDateTime.of(1970, 1, 1, 0, 0, 0, 1000), 2);
		value.put(LocalDate.of(2000, 1, 13), 3);
		assertThat(dumps(value, JsonOption.NON_STR_KEYS, JsonOption.NAIVE_UTC, JsonOption.UTC_Z))
			.isEqualTo("{\"7202d115-7ff3-4c81-a7c1-2a1f067b1ece\":[1,2,3],\"RED\":1,"
					+ "\"1970-01-01T00:00:00.000001Z\":2,\"2000-01-13\":3}");
	}

	@Test
	void passthroughDatetimeDoesNotApplyToKeys() {
		assertThat(dumps(map(LocalDate.of(2000, 1, 1), 1), JsonOption.NON_STR_KEYS, JsonOption.PASSTHROUGH_DATETIME))
			.isEqualTo("{\"2000-01-01\":1}");
	}

	@Test
	void timeKeyWithOffsetFails() {
		assertThatThrownBy(() -> Json.dumps(map(OffsetTime.of(1, 2, 3, 0, ZoneOffset.UTC), 1), JsonOption.NON_STR_KEYS))
			.isInstanceOf(JsonEncodeException.class)
			.hasMessage("datetime.time must not have tzinfo set");
	}

	@Test
	void otherKeyTypesFail() {
		assertThatThrownBy(() -> Json.dumps(map(List.of(1), 1), JsonOption.NON_STR_KEYS))
			.isInstanceOf(JsonEncodeException.class)
			.hasMessage("Dict key must a type serializable with OPT_NON_STR_KEYS");
	}

	@Test
	void duplicatesAfterConversionAreKept() {
		Map<Object, Object> value = new LinkedHashMap<>();
		value.put("1", true);
		value.put(1, false);
		assertThat(dumps(value, JsonOption.NON_STR_KEYS)).isEqualTo("{\"1\":true,\"1\":false}");
	}

	@Test
	void sortsConvertedKeys() {
		Map<Object, Object> value = new HashMap<>();
		value.put(10, "a");
		value.put(9, "b");
		value.put("x", "c");
		assertThat(dumps(value, JsonOption.NON_STR_KEYS, JsonOption.SORT_KEYS))
			.isEqualTo("{\"10\":\"a\",\"9\":\"b\",\"x\":\"c\"}");
	}
}
