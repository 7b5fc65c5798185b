package io.jsoncore;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static io.jsoncore.testing.Dumps.dumps;
import static org.assertj.core.api.Assertions.assertThat;

class EnumTest {

	enum Color {
		RED, GREEN
	}

	enum Operation {
		PLUS {
			@Override
			int apply(int a, int b) {
				return a + b;
			}
		};

		abstract int apply(int a, int b);
	}


	@Test
	void writesTheName() {
		assertThat(dumps(List.of(Color.RED, Color.GREEN))).isEqualTo("[\"RED\",\"GREEN\"]");
	}

	@Test
	void constantWithABodyWritesItsName() {
		assertThat(dumps(Operation.PLUS)).isEqualTo("\"PLUS\"");
	}

	@Test
	void valuesInMapsAndEnumMaps() {
		Map<Color, Color> colors = new EnumMap<>(Color.class);
		colors.put(Color.GREEN, Color.RED);
		assertThat(dumps(Map.of("c", Color.RED))).isEqualTo("{\"c\":\"RED\"}");
		assertThat(dumps(colors, JsonOption.NON_STR_KEYS)).isEqualTo("{\"GREEN\":\"RED\"}");
	}
}
