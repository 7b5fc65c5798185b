package io.jsoncore;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonIncludeProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Jackson's class-level property annotations, read by name: {@code @JsonPropertyOrder}, the names of
 * {@code @JsonIgnoreProperties({...})} and {@code @JsonIncludeProperties({...})}, both ways.
 */
class ClassAnnotationsTest {

	@JsonPropertyOrder({ "id", "label" })
	record Item(String name, @JsonProperty("label") String note, long id) {
	}

	@JsonPropertyOrder(alphabetic = true)
	record Sorted(int b, int a, int c) {
	}

	@JsonPropertyOrder(value = "c", alphabetic = true)
	record ListedThenSorted(int b, int a, int c) {
	}

	@JsonIgnoreProperties({ "secret", "internal" })
	record Account(String name, String secret) {
	}

	@JsonIncludeProperties({ "id" })
	record OnlyId(long id, String name) {
	}

	private static final JsonCodec STRICT = JsonCodec.builder().failOnUnknownProperties(true).build();

	private static String text(byte[] json) {
		return new String(json, StandardCharsets.UTF_8);
	}

	@Test
	void propertyOrderPutsTheNamedPropertiesFirst() {
		assertThat(text(Json.dumps(new Item("n", "x", 7)))).isEqualTo("{\"id\":7,\"label\":\"x\",\"name\":\"n\"}");
		assertThat(Json.loads("{\"name\":\"n\",\"label\":\"x\",\"id\":7}".getBytes(), Item.class))
			.isEqualTo(new Item("n", "x", 7));
	}

	@Test
	void alphabeticOrderSortsTheRest() {
		assertThat(text(Json.dumps(new Sorted(2, 1, 3)))).isEqualTo("{\"a\":1,\"b\":2,\"c\":3}");
		assertThat(text(Json.dumps(new ListedThenSorted(2, 1, 3)))).isEqualTo("{\"c\":3,\"a\":1,\"b\":2}");
	}

	@Test
	void ignoredNamesAreNeitherWrittenNorRead() {
		assertThat(text(Json.dumps(new Account("ann", "s")))).isEqualTo("{\"name\":\"ann\"}");
		assertThat(STRICT.loads("{\"name\":\"ann\",\"secret\":\"s\",\"internal\":1}", Account.class))
			.isEqualTo(new Account("ann", null));
	}

	@Test
	void includedNamesAreTheOnlyOnesWrittenAndRead() {
		assertThat(text(Json.dumps(new OnlyId(3, "n")))).isEqualTo("{\"id\":3}");
		assertThat(STRICT.loads("{\"id\":3,\"name\":\"n\"}", OnlyId.class)).isEqualTo(new OnlyId(3, null));
	}
}
