package io.jsoncore;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code @JsonUnwrapped}, both ways: a property's own properties written in its place (with its prefix and suffix),
 * and read back from the enclosing object; the bodies are Jackson 3's, and errors point into the input.
 */
class UnwrappedTest {

	private static final JsonMapper JACKSON = JsonMapper.builder()
		.disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
		.build();

	record Address(String street, String city) {
	}

	record Point(int x, int y) {
	}

	record Person(String name, @JsonUnwrapped Address address, int age) {
	}

	record Segment(@JsonUnwrapped(prefix = "from_") Point from, @JsonUnwrapped(prefix = "to_", suffix = "!") Point to) {
	}

	/** Unwrapping nests: the grandchild's properties stand in the outermost object too. */
	record Located(@JsonUnwrapped Person person, @JsonUnwrapped(prefix = "at_") Point at) {
	}

	public static class Customer {

		public String id;

		@JsonUnwrapped
		public Address address;
	}

	private static String text(byte[] json) {
		return new String(json, StandardCharsets.UTF_8);
	}

	private static byte[] bytes(String json) {
		return json.getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void anUnwrappedPropertysOwnPropertiesAreWrittenInItsPlaceAsJacksonWritesThem() {
		Person person = new Person("ann", new Address("Main St", "Oslo"), 30);
		Segment segment = new Segment(new Point(1, 2), new Point(3, 4));
		Located located = new Located(person, new Point(5, 6));
		Customer customer = new Customer();
		customer.id = "c1";
		customer.address = new Address("High St", "Bergen");
		for (Object value : List.of(person, segment, located, customer, new Person("bob", null, 1))) {
			assertThat(text(Json.dumps(value))).isEqualTo(JACKSON.writeValueAsString(value));
		}
		assertThat(text(Json.dumps(person))).isEqualTo("{\"name\":\"ann\",\"street\":\"Main St\",\"city\":\"Oslo\",\"age\":30}");
		assertThat(text(Json.dumps(segment))).isEqualTo("{\"from_x\":1,\"from_y\":2,\"to_x!\":3,\"to_y!\":4}");
		assertThat(text(Json.dumps(new Person("bob", null, 1)))).isEqualTo("{\"name\":\"bob\",\"age\":1}");
		assertThat(text(Json.dumps(person, JsonOption.INDENT_2))).isEqualTo(
				"{\n  \"name\": \"ann\",\n  \"street\": \"Main St\",\n  \"city\": \"Oslo\",\n  \"age\": 30\n}");
	}

	@Test
	void itIsReadBackFromTheEnclosingObjectInAnyOrder() {
		assertThat(Json.loads(bytes("{\"city\":\"Oslo\",\"age\":30,\"name\":\"ann\",\"street\":\"Main St\"}"), Person.class))
			.isEqualTo(new Person("ann", new Address("Main St", "Oslo"), 30));
		assertThat(Json.loads(bytes("{\"to_y!\":4,\"from_x\":1,\"to_x!\":3,\"from_y\":2}"), Segment.class))
			.isEqualTo(new Segment(new Point(1, 2), new Point(3, 4)));
		assertThat(Json.loads(bytes("{\"at_x\":5,\"name\":\"ann\",\"city\":\"Oslo\",\"age\":3,\"at_y\":6}"), Located.class))
			.isEqualTo(new Located(new Person("ann", new Address(null, "Oslo"), 3), new Point(5, 6)));
		Customer customer = Json.loads(bytes("{\"street\":\"s\",\"id\":\"c\",\"city\":\"t\"}"), Customer.class);
		assertThat(customer.id).isEqualTo("c");
		assertThat(customer.address).isEqualTo(new Address("s", "t"));
		// none of its properties: an object of none, as Jackson reads it
		assertThat(Json.loads(bytes("{\"name\":\"x\"}"), Person.class)).isEqualTo(new Person("x", new Address(null, null), 0));
		// its properties are no unknown ones
		assertThat(JsonCodec.builder().failOnUnknownProperties(true).build()
			.loads(bytes("{\"street\":\"s\",\"name\":\"n\"}"), Person.class).address()).isEqualTo(new Address("s", null));
	}

	@Test
	void anErrorInAnUnwrappedValueSaysWhereItIsInTheInput() {
		assertThatThrownBy(() -> Json.loads(bytes("{\"name\":\"ann\",\"from_x\":1,\"from_y\":\"two\"}"), Segment.class))
			.isInstanceOf(JsonDecodeException.class)
			.hasMessage("expected int but found a string at $.from_y: line 1 column 35 (char 34)");
	}

	record Loop(String id, @JsonUnwrapped Loop next) {
	}

	record OfList(@JsonUnwrapped List<String> items) {
	}

	@Test
	void whatCannotBeUnwrappedFailsAtFirstUse() {
		assertThatIllegalArgumentException().isThrownBy(() -> Json.loads(bytes("{}"), Loop.class))
			.withMessage("Cannot read io.jsoncore.UnwrappedTest$Loop: its @JsonUnwrapped properties unwrap "
					+ "io.jsoncore.UnwrappedTest$Loop inside itself");
		assertThatIllegalArgumentException().isThrownBy(() -> Json.loads(bytes("{}"), OfList.class))
			.withMessage("Cannot read io.jsoncore.UnwrappedTest$OfList: it unwraps java.util.List, which has no "
					+ "properties to unwrap");
		assertThatThrownBy(() -> Json.dumps(new OfList(List.of("a")))).isInstanceOf(JsonEncodeException.class)
			.hasMessageStartingWith("@JsonUnwrapped property 'items' holds a java.util.");
	}
}
