package io.jsoncore;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonGetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonIgnoreType;
import com.fasterxml.jackson.annotation.JsonIncludeProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.annotation.JsonSetter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Jackson's annotations that shape a class's property list, read by name: {@code @JsonPropertyOrder}, the names
 * of {@code @JsonIgnoreProperties({...})} and {@code @JsonIncludeProperties({...})}, {@code @JsonIgnoreType}, and
 * {@code @JsonAlias} for reading, {@code @JsonRawValue} for writing, {@code @JsonGetter} and {@code @JsonSetter},
 * {@code @JsonAnyGetter} and {@code @JsonAnySetter}.
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

	record Person(@JsonAlias({ "fullName", "full_name" }) String name, int age) {
	}

	public static class Customer {

		@JsonAlias("mail")
		private String email;

		public String getEmail() {
			return this.email;
		}

		public void setEmail(String email) {
			this.email = email;
		}
	}

	@Test
	void anAliasIsAnotherNameAPropertyIsReadBy() {
		assertThat(STRICT.loads("{\"fullName\":\"ann\",\"age\":3}", Person.class)).isEqualTo(new Person("ann", 3));
		assertThat(STRICT.loads("{\"age\":3,\"full_name\":\"bo\"}", Person.class)).isEqualTo(new Person("bo", 3));
		assertThat(text(Json.dumps(new Person("ann", 3)))).isEqualTo("{\"name\":\"ann\",\"age\":3}");
		assertThat(STRICT.loads("{\"mail\":\"a@b\"}", Customer.class).getEmail()).isEqualTo("a@b");
	}

	@JsonIgnoreType
	public static final class Credentials {

		public String getToken() {
			return "t";
		}
	}

	record Session(String user, Credentials credentials) {
	}

	@Test
	void aPropertyOfAnIgnoredTypeIsNeitherWrittenNorRead() {
		assertThat(text(Json.dumps(new Session("ann", new Credentials())))).isEqualTo("{\"user\":\"ann\"}");
		assertThat(STRICT.loads("{\"user\":\"ann\",\"credentials\":{\"token\":\"t\"}}", Session.class))
			.isEqualTo(new Session("ann", null));
	}

	record Document(String id, @JsonRawValue String body) {
	}

	public static class Envelope {

		@JsonRawValue
		public String getPayload() {
			return "[1,{\"a\":true}]";
		}
	}

	@Test
	void aRawValueIsWrittenAsItIs() {
		assertThat(text(Json.dumps(List.of(new Document("d", "{\"a\":1}"), new Document("e", null)))))
			.isEqualTo("[{\"id\":\"d\",\"body\":{\"a\":1}},{\"id\":\"e\",\"body\":null}]");
		assertThat(text(Json.dumps(new Envelope()))).isEqualTo("{\"payload\":[1,{\"a\":true}]}");
	}

	public static class Named {

		private String first = "a";

		@JsonGetter("given")
		public String first() {
			return this.first;
		}

		@JsonSetter("given")
		public void assignFirst(String first) {
			this.first = first;
		}
	}

	@Test
	void jsonGetterAndJsonSetterMarkAccessorsOfAnyName() {
		assertThat(text(Json.dumps(new Named()))).isEqualTo("{\"given\":\"a\"}");
		assertThat(STRICT.loads("{\"given\":\"b\"}", Named.class).first()).isEqualTo("b");
	}

	public static class Flexible {

		private String name;

		private final java.util.Map<String, Object> extra = new java.util.LinkedHashMap<>();

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		@JsonAnyGetter
		public java.util.Map<String, Object> getExtra() {
			return this.extra;
		}

		@JsonAnySetter
		public void put(String key, Object value) {
			this.extra.put(key, value);
		}
	}

	record Tagged(String id, @com.fasterxml.jackson.annotation.JsonIgnore java.util.Map<String, Object> tags) {

		@JsonAnyGetter
		public java.util.Map<String, Object> tags() {
			return this.tags;
		}
	}

	@Test
	void anyGetterEntriesAreWrittenAsPropertiesAndAnySetterTakesTheUnknownOnes() {
		Flexible flexible = STRICT.loads("{\"name\":\"n\",\"color\":\"red\",\"size\":[1,2]}", Flexible.class);
		assertThat(flexible.getName()).isEqualTo("n");
		assertThat(flexible.getExtra()).containsExactly(java.util.Map.entry("color", "red"),
				java.util.Map.entry("size", List.of(1L, 2L)));
		assertThat(text(Json.dumps(flexible))).isEqualTo("{\"name\":\"n\",\"color\":\"red\",\"size\":[1,2]}");
		assertThat(text(Json.dumps(new Tagged("t", java.util.Map.of("k", 1))))).isEqualTo("{\"id\":\"t\",\"k\":1}");
		assertThat(text(Json.dumps(new Tagged("t", null)))).isEqualTo("{\"id\":\"t\"}");
	}
}
