package io.jsoncore;

import java.net.URI;
import java.time.Duration;
import java.time.MonthDay;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;

import static io.jsoncore.testing.Dumps.dumps;
import static org.assertj.core.api.Assertions.assertThat;

class TypesTest {

	@Test
	void scalars() {
		assertThat(dumps(null)).isEqualTo("null");
		assertThat(dumps(true)).isEqualTo("true");
		assertThat(dumps(false)).isEqualTo("false");
		assertThat(dumps("")).isEqualTo("\"\"");
	}

	@Test
	void listsSetsAndQueuesInIterationOrder() {
		assertThat(dumps(List.of("a", "😊", true, Map.of("b", 1.1), 2))).isEqualTo("[\"a\",\"😊\",true,{\"b\":1.1},2]");
		assertThat(dumps(new LinkedHashSet<>(List.of(3, 1, 2)))).isEqualTo("[3,1,2]");
		assertThat(dumps(new ArrayDeque<>(List.of(1, 2)))).isEqualTo("[1,2]");
		assertThat(dumps(new LinkedList<>(List.of(1, 2)))).isEqualTo("[1,2]");
		assertThat(dumps(Arrays.asList(1, null))).isEqualTo("[1,null]");
	}

	@Test
	void mapsOfEveryKind() {
		Map<String, Object> linked = new LinkedHashMap<>();
		linked.put("b", 1);
		linked.put("c", 2);
		linked.put("a", 3);
		assertThat(dumps(linked)).isEqualTo("{\"b\":1,\"c\":2,\"a\":3}");
		assertThat(dumps(new TreeMap<>(linked))).isEqualTo("{\"a\":3,\"b\":1,\"c\":2}");
		assertThat(dumps(new ConcurrentHashMap<>(Map.of("k", List.of())))).isEqualTo("{\"k\":[]}");
		assertThat(dumps(Map.of())).isEqualTo("{}");
	}

	@Test
	void arraysNestAndByteArraysAreBase64() {
		assertThat(dumps(new Object[] { 1, "a", new int[] { 1, 2 }, new long[0] })).isEqualTo("[1,\"a\",[1,2],[]]");
		assertThat(dumps(new int[][] { { 1, 2, 3 }, { 4, 5, 6 } })).isEqualTo("[[1,2,3],[4,5,6]]");
		assertThat(dumps(new double[][] { { 1, 2, 3 }, { 4, 5, 6 } })).isEqualTo("[[1.0,2.0,3.0],[4.0,5.0,6.0]]");
		assertThat(dumps(new boolean[] { true, false, false, true })).isEqualTo("[true,false,false,true]");
		assertThat(dumps(new short[] { -1, 2 })).isEqualTo("[-1,2]");
		assertThat(dumps(new float[] { 0.5f, 3.1415927f })).isEqualTo("[0.5,3.1415927]");
		assertThat(dumps(new long[] { Long.MIN_VALUE })).isEqualTo("[-9223372036854775808]");
	}

	@Test
	void byteArraysAreBase64WithPadding() {
		assertThat(dumps(List.of(new byte[0], new byte[] { 'f' }, "fo".getBytes(), "foo".getBytes(), "foob".getBytes(),
				new byte[] { -1, -2, -3 })))
			.isEqualTo("[\"\",\"Zg==\",\"Zm8=\",\"Zm9v\",\"Zm9vYg==\",\"//79\"]");
	}

	@Test
	void optionalsAreTheirValueOrNull() {
		assertThat(dumps(List.of(Optional.of("x"), Optional.empty(), OptionalInt.of(1), OptionalInt.empty(),
				OptionalLong.of(2), OptionalLong.empty(), OptionalDouble.of(0.5), OptionalDouble.empty())))
			.isEqualTo("[\"x\",null,1,null,2,null,0.5,null]");
	}

	@Test
	void valueTypesAreTheirCanonicalText() throws Exception {
		assertThat(dumps(List.of(URI.create("https://example.com/a?b=c"), URI.create("https://example.com/x").toURL(),
				Locale.forLanguageTag("en-GB"), Locale.CANADA_FRENCH, Currency.getInstance("EUR"), ZoneId.of("Europe/Paris"),
				ZoneOffset.ofHours(2), ZoneOffset.UTC, Duration.ofMillis(1500), Period.of(1, 2, 3), Year.of(2024),
				YearMonth.of(2024, 2), MonthDay.of(12, 3))))
			.isEqualTo("[\"https://example.com/a?b=c\",\"https://example.com/x\",\"en-GB\",\"fr-CA\",\"EUR\","
					+ "\"Europe/Paris\",\"+02:00\",\"Z\",\"PT1.5S\",\"P1Y2M3D\",\"2024\",\"2024-02\",\"--12-03\"]");
	}
}
