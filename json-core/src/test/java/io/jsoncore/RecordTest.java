package io.jsoncore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static io.jsoncore.testing.Dumps.dumps;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecordTest {

	record Dataclass1(String name, int number, Object sub) {
	}

	record Empty() {
	}

	record Node(String id, List<Node> children) {
	}

	record Wrapper(Optional<String> maybe, Map<String, Integer> counts) {
	}

	private record PrivateRecord(int a) {
	}

	record Escaped(String tab) {

		public String tab() {
			return "\t" + this.tab;
		}
	}

	@Test
	void dumpsComponentsInDeclarationOrder() {
		assertThat(dumps(new Dataclass1("a", 1, null))).isEqualTo("{\"name\":\"a\",\"number\":1,\"sub\":null}");
	}

	@Test
	void emptyRecordIsAnEmptyObject() {
		assertThat(dumps(new Empty())).isEqualTo("{}");
	}

	@Test
	void nestsRecords() {
		Node tree = new Node("root", List.of(new Node("leaf", List.of())));
		assertThat(dumps(tree)).isEqualTo("{\"id\":\"root\",\"children\":[{\"id\":\"leaf\",\"children\":[]}]}");
	}

	@Test
	void readsThroughTheAccessor() {
		assertThat(dumps(new Escaped("x"))).isEqualTo("{\"tab\":\"\\tx\"}");
	}

	@Test
	void writesPrivateRecords() {
		assertThat(dumps(new PrivateRecord(3))).isEqualTo("{\"a\":3}");
	}

	@Test
	void writesOptionalAndMapComponents() {
		assertThat(dumps(new Wrapper(Optional.empty(), Map.of("a", 1)))).isEqualTo("{\"maybe\":null,\"counts\":{\"a\":1}}");
		assertThat(dumps(new Wrapper(Optional.of("x"), Map.of()))).isEqualTo("{\"maybe\":\"x\",\"counts\":{}}");
	}

	@Test
	void passthroughRecordSendsRecordsToTheFallback() {
		assertThat(dumps(new Empty(), (value) -> "passed", JsonOption.PASSTHROUGH_RECORD)).isEqualTo("\"passed\"");
		assertThatThrownBy(() -> Json.dumps(new Empty(), JsonOption.PASSTHROUGH_RECORD)).isInstanceOf(JsonEncodeException.class)
			.hasMessage("Type is not JSON serializable: io.jsoncore.RecordTest$Empty");
	}

	@Test
	void circularReferenceHitsTheRecursionLimit() {
		List<Object> children = new ArrayList<>();
		Dataclass1 self = new Dataclass1("loop", 0, children);
		children.add(self);
		assertThatThrownBy(() -> Json.dumps(self)).isInstanceOf(JsonEncodeException.class)
			.hasMessage("Recursion limit reached");
	}

	@Test
	void exceptionFromAnAccessorPropagates() {
		record Failing(int a) {

			public int a() {
				throw new IllegalStateException("boom");
			}
		}
		assertThatThrownBy(() -> Json.dumps(new Failing(1))).isInstanceOf(IllegalStateException.class).hasMessage("boom");
	}
}
