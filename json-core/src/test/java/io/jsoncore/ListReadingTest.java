package io.jsoncore;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Typed lists are gathered in an array the parser reuses at each depth and made at their size: sibling lists of
 * any length, lists inside lists, nulls, errors that name the element, and the mutable {@code ArrayList} a user gets.
 */
class ListReadingTest {

	record Box(List<Long> ids, List<List<String>> names, Collection<Integer> counts) {
	}

	private static <T> T loads(String json, TypeRef<T> type) {
		return Json.loads(json.getBytes(StandardCharsets.UTF_8), type);
	}

	private static String numbers(int count) {
		return IntStream.range(0, count).mapToObj(Integer::toString).collect(Collectors.joining(",", "[", "]"));
	}

	private static List<Long> longs(int count) {
		return IntStream.range(0, count).mapToObj(Long::valueOf).collect(Collectors.toList());
	}

	@Test
	void siblingAndNestedListsEachGetTheirOwnElements() {
		List<Box> boxes = loads("[{\"ids\":" + numbers(40) + ",\"names\":[[\"a\",\"b\"],[],[\"c\"]],\"counts\":[1,null]},"
				+ "{\"ids\":[7],\"names\":[[\"d\"]],\"counts\":[]},{\"ids\":" + numbers(17) + ",\"names\":[],\"counts\":[3]}]",
				new TypeRef<List<Box>>() {
				});
		assertThat(boxes).containsExactly(
				new Box(longs(40), List.of(List.of("a", "b"), List.of(), List.of("c")), java.util.Arrays.asList(1, null)),
				new Box(List.of(7L), List.of(List.of("d")), List.of()), new Box(longs(17), List.of(), List.of(3)));
	}

	@Test
	void aListIsAnArrayListTheCallerMayChange() {
		Box box = loads("{\"ids\":[1,2],\"names\":[[\"x\"]],\"counts\":[5]}", new TypeRef<Box>() {
		});
		assertThat(box.ids()).isInstanceOf(ArrayList.class);
		assertThat(box.names().get(0)).isInstanceOf(ArrayList.class);
		assertThat(box.counts()).isInstanceOf(ArrayList.class);
		box.ids().add(3L);
		assertThat(box.ids()).containsExactly(1L, 2L, 3L);
	}

	@Test
	void anElementOfTheWrongTypeIsNamedByItsIndex() {
		assertThatThrownBy(() -> loads("[{\"ids\":[1],\"names\":[],\"counts\":[]},{\"ids\":[1,2,\"three\"]}]",
				new TypeRef<List<Box>>() {
				}))
			.isInstanceOf(JsonDecodeException.class)
			.hasMessageContaining("at $[1].ids[2]");
	}
}
