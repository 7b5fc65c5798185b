package io.jsoncore;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonView;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code @JsonView} and {@link JsonCodec#withView}: only the properties in the active view (or a supertype of it)
 * are written and read, at every depth; a property in no view is in none, as in Jackson 3.
 */
class JsonViewTest {

	static class Summary {
	}

	static class Detail extends Summary {
	}

	public static class User {

		@JsonView(Summary.class)
		private String name;

		@JsonView(Detail.class)
		private String email;

		private String passwordHash;

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getEmail() {
			return this.email;
		}

		public void setEmail(String email) {
			this.email = email;
		}

		public String getPasswordHash() {
			return this.passwordHash;
		}

		public void setPasswordHash(String passwordHash) {
			this.passwordHash = passwordHash;
		}
	}

	/** The class's view is the default of its components. */
	@JsonView(Summary.class)
	record Line(String sku, @JsonView(Detail.class) int quantity) {
	}

	record Order(@JsonView(Summary.class) String id, @JsonView(Detail.class) List<Line> lines, String internal) {
	}

	private static User user() {
		User user = new User();
		user.setName("ann");
		user.setEmail("ann@example.com");
		user.setPasswordHash("h1");
		return user;
	}

	private static String text(byte[] json) {
		return new String(json, StandardCharsets.UTF_8);
	}

	private static final JsonCodec SUMMARY = JsonCodec.builder().failOnUnknownProperties(true).build()
		.withView(Summary.class);

	private static final JsonCodec DETAIL = JsonCodec.defaults().withView(Detail.class);

	@Test
	void withoutAViewEveryPropertyIsWritten() {
		assertThat(text(Json.dumps(user())))
			.isEqualTo("{\"name\":\"ann\",\"email\":\"ann@example.com\",\"passwordHash\":\"h1\"}");
	}

	@Test
	void aViewWritesItsPropertiesAndThoseOfItsSupertypes() {
		assertThat(text(SUMMARY.dumps(user()))).isEqualTo("{\"name\":\"ann\"}");
		assertThat(text(DETAIL.dumps(user()))).isEqualTo("{\"name\":\"ann\",\"email\":\"ann@example.com\"}");
	}

	@Test
	void aViewAppliesAtEveryDepth() {
		Order order = new Order("o1", List.of(new Line("a", 2)), "x");
		assertThat(text(SUMMARY.dumps(order))).isEqualTo("{\"id\":\"o1\"}");
		assertThat(text(DETAIL.dumps(order))).isEqualTo("{\"id\":\"o1\",\"lines\":[{\"sku\":\"a\",\"quantity\":2}]}");
		assertThat(text(SUMMARY.dumps(List.of(new Line("b", 3))))).isEqualTo("[{\"sku\":\"b\"}]");
	}

	@Test
	void readingSkipsWhatTheViewHidesWithoutFailing() {
		User user = SUMMARY.loads("{\"name\":\"n\",\"email\":\"e\",\"passwordHash\":\"p\"}", User.class);
		assertThat(user.getName()).isEqualTo("n");
		assertThat(user.getEmail()).isNull();
		assertThat(user.getPasswordHash()).isNull();
		Order order = SUMMARY.loads("{\"id\":\"o1\",\"lines\":[{\"sku\":\"a\",\"quantity\":2}],\"internal\":\"x\"}",
				Order.class);
		assertThat(order).isEqualTo(new Order("o1", null, null));
		assertThat(DETAIL.loads("{\"id\":\"o1\",\"lines\":[{\"sku\":\"a\",\"quantity\":2}]}", Order.class))
			.isEqualTo(new Order("o1", List.of(new Line("a", 2)), null));
	}

	@Test
	void withViewKeepsTheOtherSettings() {
		JsonCodec indented = JsonCodec.builder().options(JsonOption.INDENT_2).build().withView(Summary.class);
		assertThat(text(indented.dumps(user()))).isEqualTo("{\n  \"name\": \"ann\"\n}");
		assertThat(indented.view()).isEqualTo(Summary.class);
		assertThat(indented.withView(null).view()).isNull();
	}
}
