package io.jsoncore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static io.jsoncore.testing.Dumps.dumps;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Values of changing classes at one level, which the encoder's per-level memo of the last class must never write
 * with the encoder of the class before.
 */
class MixedElementsTest {

	record Point(int x, int y) {
	}

	record Label(String text) {
	}

	enum Color {
		RED
	}

	@Test
	void aListAlternatingClassesWritesEachByItsOwn() {
		UUID id = UUID.fromString("4d0b8bbf-8b61-4a79-a0e6-3d0f3a0d62b1");
		List<Object> mixed = List.of(new Point(1, 2), new Label("a"), new Point(3, 4), id, Color.RED, new Label("b"),
				new Point(5, 6));

		assertThat(dumps(mixed)).isEqualTo("[{\"x\":1,\"y\":2},{\"text\":\"a\"},{\"x\":3,\"y\":4},"
				+ "\"4d0b8bbf-8b61-4a79-a0e6-3d0f3a0d62b1\",\"RED\",{\"text\":\"b\"},{\"x\":5,\"y\":6}]");
	}

	@Test
	void mapValuesAndNestedListsAtEveryLevelKeepTheirClasses() {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("p", new Point(1, 1));
		map.put("l", new Label("x"));
		map.put("nested", List.of(new Label("y"), List.of(new Point(2, 2), new Label("z"))));

		assertThat(dumps(map)).isEqualTo("{\"p\":{\"x\":1,\"y\":1},\"l\":{\"text\":\"x\"},"
				+ "\"nested\":[{\"text\":\"y\"},[{\"x\":2,\"y\":2},{\"text\":\"z\"}]]}");
	}

	@Test
	void levelsBeyondTheMemoAreWrittenAsWell() {
		Object value = List.of(new Label("deep"), new Point(7, 8));
		String expected = "[{\"text\":\"deep\"},{\"x\":7,\"y\":8}]";
		for (int i = 0; i < 40; i++) {
			List<Object> outer = new ArrayList<>();
			outer.add(value);
			outer.add(i % 2 == 0 ? new Point(i, i) : new Label("l" + i));
			value = outer;
			expected = "[" + expected + "," + (i % 2 == 0 ? "{\"x\":" + i + ",\"y\":" + i + "}" : "{\"text\":\"l" + i + "\"}") + "]";
		}

		assertThat(dumps(value)).isEqualTo(expected);
	}
}
