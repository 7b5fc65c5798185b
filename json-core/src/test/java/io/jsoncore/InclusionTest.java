package io.jsoncore;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InclusionTest {

	record Profile(String name, String bio, List<String> tags, Map<String, Integer> scores, Optional<String> nick,
			int[] codes) {
	}

	private static final Profile SPARSE = new Profile("Ada", null, List.of(), Map.of(), Optional.empty(), new int[0]);

	private static String dumps(Inclusion inclusion, Object value) {
		return new String(JsonCodec.builder().inclusion(inclusion).build().dumps(value), StandardCharsets.UTF_8);
	}

	@Test
	void alwaysWritesEveryProperty() {
		assertThat(dumps(Inclusion.ALWAYS, SPARSE))
			.isEqualTo("{\"name\":\"Ada\",\"bio\":null,\"tags\":[],\"scores\":{},\"nick\":null,\"codes\":[]}");
	}

	@Test
	void nonNullLeavesOutNulls() {
		assertThat(dumps(Inclusion.NON_NULL, SPARSE))
			.isEqualTo("{\"name\":\"Ada\",\"tags\":[],\"scores\":{},\"nick\":null,\"codes\":[]}");
	}

	@Test
	void nonEmptyLeavesOutEmptyValuesToo() {
		assertThat(dumps(Inclusion.NON_EMPTY, SPARSE)).isEqualTo("{\"name\":\"Ada\"}");
		assertThat(dumps(Inclusion.NON_EMPTY, new Profile("", null, null, null, null, null))).isEqualTo("{}");
	}

	@Test
	void mapsAreAlwaysWrittenWhole() {
		Map<String, Object> map = new java.util.LinkedHashMap<>();
		map.put("a", null);
		assertThat(dumps(Inclusion.NON_NULL, map)).isEqualTo("{\"a\":null}");
	}

	@Test
	void emptyResultWithIndentIsAnEmptyObject() {
		JsonCodec codec = JsonCodec.builder().inclusion(Inclusion.NON_NULL).options(JsonOption.INDENT_2).build();
		assertThat(new String(codec.dumps(List.of(new Profile(null, null, null, null, null, null))), StandardCharsets.UTF_8))
			.isEqualTo("[\n  {}\n]");
	}
}
