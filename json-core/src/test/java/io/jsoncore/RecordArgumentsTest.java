package io.jsoncore;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Records read one after another at the same depth share an argument array: each starts from its own defaults,
 * whatever the one before it held, and a record read inside another never shares the outer one's.
 */
class RecordArgumentsTest {

	record Line(int qty, String sku, boolean gift) {
	}

	record Order(String id, Line first, List<Line> rest, int count) {
	}

	record One(String a) {
	}

	record Nine(int a, int b, int c, int d, int e, int f, int g, int h, int i) {
	}

	record Mixed(One one, Nine nine, One again) {
	}

	private static <T> T loads(String json, TypeRef<T> type) {
		return Json.loads(json.getBytes(StandardCharsets.UTF_8), type);
	}

	@Test
	void aMissingPropertyTakesItsDefaultNotThePreviousRecordsValue() {
		List<Line> lines = loads("[{\"qty\":2,\"sku\":\"A-1\",\"gift\":true},{\"sku\":\"B-2\"},{}]",
				new TypeRef<List<Line>>() {
				});
		assertThat(lines).containsExactly(new Line(2, "A-1", true), new Line(0, "B-2", false), new Line(0, null, false));
	}

	@Test
	void nestedRecordsKeepTheirOwnArguments() {
		Order order = loads("{\"id\":\"o-1\",\"first\":{\"qty\":1,\"sku\":\"X\"},\"rest\":[{\"qty\":3},{\"gift\":true}],"
				+ "\"count\":3}", new TypeRef<Order>() {
				});
		assertThat(order).isEqualTo(new Order("o-1", new Line(1, "X", false),
				List.of(new Line(3, null, false), new Line(0, null, true)), 3));
	}

	@Test
	void recordsOfLengthsThatShareASlotAlternate() {
		// 1 and 9 components: the same slot of their depth, taken in turn
		Mixed mixed = loads("{\"one\":{\"a\":\"x\"},\"nine\":{\"a\":1,\"i\":9},\"again\":{}}", new TypeRef<Mixed>() {
		});
		assertThat(mixed).isEqualTo(new Mixed(new One("x"), new Nine(1, 0, 0, 0, 0, 0, 0, 0, 9), new One(null)));
	}
}
