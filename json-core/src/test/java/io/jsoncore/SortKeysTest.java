package io.jsoncore;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static io.jsoncore.testing.Dumps.dumps;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SortKeysTest {

	record Fields(int b, Map<String, Object> a) {
	}

	private static Map<String, Object> ordered(Object... keysAndValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

	@Test
	void sortKeysFalseKeepsInsertionOrder() {
		assertThat(dumps(ordered("b", 1, "c", 2, "a", 3))).isEqualTo("{\"b\":1,\"c\":2,\"a\":3}");
	}

	@Test
	void sortKeysTrueSortsByCodePoint() {
		assertThat(dumps(ordered("b", 1, "c", 2, "a", 3), JsonOption.SORT_KEYS)).isEqualTo("{\"a\":3,\"b\":1,\"c\":2}");
		assertThat(dumps(ordered("a", 1, "ä", 2, "A", 3), JsonOption.SORT_KEYS)).isEqualTo("{\"A\":3,\"a\":1,\"ä\":2}");
	}

	@Test
	void sortsSupplementaryCharactersAfterTheBasicPlane() {
		// String.compareTo would put the surrogate pair of U+1F600 before U+FFFF
		assertThat(dumps(ordered("😀", 1, "\uffff", 2, "\ue000", 3), JsonOption.SORT_KEYS))
			.isEqualTo("{\"\ue000\":3,\"\uffff\":2,\"😀\":1}");
	}

	@Test
	void sortsPrefixesFirst() {
		assertThat(dumps(ordered("ab", 1, "a", 2, "", 3), JsonOption.SORT_KEYS)).isEqualTo("{\"\":3,\"a\":2,\"ab\":1}");
	}

	@Test
	void sortsNestedMapsButNotRecordComponents() {
		assertThat(dumps(new Fields(1, ordered("z", 1, "y", 2)), JsonOption.SORT_KEYS))
			.isEqualTo("{\"b\":1,\"a\":{\"y\":2,\"z\":1}}");
	}

	@Test
	void sortsInsideLists() {
		assertThat(dumps(List.of(ordered("b", 1, "a", 2)), JsonOption.SORT_KEYS)).isEqualTo("[{\"a\":2,\"b\":1}]");
	}

	@Test
	void keysMustStillBeStrings() {
		assertThatThrownBy(() -> Json.dumps(Map.of(1, 2), JsonOption.SORT_KEYS)).isInstanceOf(JsonEncodeException.class)
			.hasMessage("Dict key must be str");
	}

	@Test
	void sortsWithIndent() {
		assertThat(dumps(ordered("b", 1, "a", 2), JsonOption.SORT_KEYS, JsonOption.INDENT_2))
			.isEqualTo("{\n  \"a\": 2,\n  \"b\": 1\n}");
	}
}
