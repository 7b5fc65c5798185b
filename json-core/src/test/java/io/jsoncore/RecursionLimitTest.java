package io.jsoncore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecursionLimitTest {

	private static Object nestedLists(int depth) {
		Object value = List.of(1);
		for (int i = 1; i < depth; i++) {
			value = List.of(value);
		}
		return value;
	}

	private static Object nestedMaps(int depth) {
		Object value = Map.of();
		for (int i = 1; i < depth; i++) {
			value = Map.of("k", value);
		}
		return value;
	}

	// orjson's make_recursive_list_dict: a list holding a dict holding a list..., 2n containers.
	private static Object listDict(int pairs) {
		Object value = List.of(1);
		for (int i = 0; i < pairs; i++) {
			value = List.of(Map.of("k", value));
		}
		return value;
	}

	@Test
	void nested254ListsAreWritten() {
		assertThat(Json.dumps(nestedLists(254))).hasSize(254 * 2 + 1);
	}

	@Test
	void nested255ListsFail() {
		assertThatThrownBy(() -> Json.dumps(nestedLists(255))).isInstanceOf(JsonEncodeException.class)
			.hasMessage("Recursion limit reached");
	}

	@Test
	void emptyListsDoNotCount() {
		Object value = List.of();
		for (int i = 0; i < 254; i++) {
			value = List.of(value);
		}
		assertThat(Json.dumps(value)).hasSize(255 * 2);
	}

	@Test
	void emptyMapsCount() {
		assertThat(Json.dumps(nestedMaps(254))).isNotEmpty();
		assertThatThrownBy(() -> Json.dumps(nestedMaps(255))).isInstanceOf(JsonEncodeException.class)
			.hasMessage("Recursion limit reached");
	}

	@Test
	void mixedListsAndMaps() {
		assertThat(Json.dumps(listDict(126))).isNotEmpty();
		assertThatThrownBy(() -> Json.dumps(listDict(127))).isInstanceOf(JsonEncodeException.class)
			.hasMessage("Recursion limit reached");
	}

	@Test
	void circularListFails() {
		List<Object> list = new ArrayList<>();
		list.add(list);
		assertThatThrownBy(() -> Json.dumps(list)).isInstanceOf(JsonEncodeException.class)
			.hasMessage("Recursion limit reached");
	}

	@Test
	void circularMapFailsWithEveryOption() {
		Map<String, Object> map = new HashMap<>();
		map.put("self", map);
		for (JsonOption option : JsonOption.values()) {
			assertThatThrownBy(() -> Json.dumps(map, option)).isInstanceOf(JsonEncodeException.class)
				.hasMessage("Recursion limit reached");
		}
	}

	@Test
	void arraysCountLikeLists() {
		Object value = new int[] { 1 };
		for (int i = 1; i < 254; i++) {
			value = new Object[] { value };
		}
		Object tooDeep = new Object[] { value };
		assertThat(Json.dumps(value)).isNotEmpty();
		assertThatThrownBy(() -> Json.dumps(tooDeep)).isInstanceOf(JsonEncodeException.class)
			.hasMessage("Recursion limit reached");
	}
}
