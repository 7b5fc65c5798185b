package io.jsoncore;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static io.jsoncore.testing.Dumps.dumps;
import static org.assertj.core.api.Assertions.assertThat;

class IndentTest {

	record Point(int x, List<Integer> y) {
	}

	@Test
	void indentsNestedContainersLikePythonJson() {
		Map<String, Object> value = new LinkedHashMap<>();
		value.put("a", "b");
		value.put("c", Map.of("d", true));
		value.put("e", List.of(1, 2));
		assertThat(dumps(value, JsonOption.INDENT_2))
			.isEqualTo("{\n  \"a\": \"b\",\n  \"c\": {\n    \"d\": true\n  },\n  \"e\": [\n    1,\n    2\n  ]\n}");
	}

	@Test
	void writesEmptyContainersOnOneLine() {
		List<Object> value = List.of(Map.of(), List.of(List.of(List.of())), Map.of("key", List.of()));
		assertThat(dumps(value, JsonOption.INDENT_2))
			.isEqualTo("[\n  {},\n  [\n    [\n      []\n    ]\n  ],\n  {\n    \"key\": []\n  }\n]");
	}

	@Test
	void indentsRecordsAndPrimitiveArrays() {
		assertThat(dumps(List.of(new Point(1, List.of()), new int[] { 2, 3 }), JsonOption.INDENT_2))
			.isEqualTo("[\n  {\n    \"x\": 1,\n    \"y\": []\n  },\n  [\n    2,\n    3\n  ]\n]");
	}

	@Test
	void scalarsAreUnchanged() {
		assertThat(dumps("a", JsonOption.INDENT_2)).isEqualTo("\"a\"");
		assertThat(dumps(List.of(), JsonOption.INDENT_2)).isEqualTo("[]");
	}

	@Test
	void appendNewlineComesAfterIndentedOutput() {
		assertThat(dumps(List.of(1), JsonOption.INDENT_2, JsonOption.APPEND_NEWLINE)).isEqualTo("[\n  1\n]\n");
	}

	@Test
	void appendNewlineAlone() {
		assertThat(dumps(List.of(), JsonOption.APPEND_NEWLINE)).isEqualTo("[]\n");
	}
}
