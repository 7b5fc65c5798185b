package io.jsoncore;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code @JsonProperty(access = ...)}, the usual way to keep a password hash out of a response: {@code WRITE_ONLY}
 * is read but never written, {@code READ_ONLY} written but never read (skipped as an ignored property, so not an
 * unknown one even where those are errors).
 */
class JsonPropertyAccessTest {

	public static class User {

		private String name;

		@JsonProperty(access = JsonProperty.Access.WRITE_ONLY)
		private String password;

		@JsonProperty(access = JsonProperty.Access.READ_ONLY)
		private long id = 7;

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getPassword() {
			return this.password;
		}

		public void setPassword(String password) {
			this.password = password;
		}

		public long getId() {
			return this.id;
		}

		public void setId(long id) {
			this.id = id;
		}
	}

	record Account(String name, @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) String secret,
			@JsonProperty(access = JsonProperty.Access.READ_ONLY) long version) {
	}

	private static final JsonCodec STRICT = JsonCodec.builder().failOnUnknownProperties(true).build();

	@Test
	void aBeansWriteOnlyPropertyIsReadAndNeverWritten() {
		User user = STRICT.loads("{\"name\":\"ann\",\"password\":\"h1\",\"id\":99}", User.class);
		assertThat(user.getName()).isEqualTo("ann");
		assertThat(user.getPassword()).isEqualTo("h1");
		assertThat(user.getId()).as("read-only: the input's id is not read").isEqualTo(7);
		assertThat(new String(Json.dumps(user), StandardCharsets.UTF_8)).isEqualTo("{\"name\":\"ann\",\"id\":7}");
	}

	@Test
	void aRecordsWriteOnlyComponentIsReadAndNeverWritten() {
		Account account = STRICT.loads("{\"name\":\"a\",\"secret\":\"s\",\"version\":9}", Account.class);
		assertThat(account).isEqualTo(new Account("a", "s", 0));
		assertThat(new String(Json.dumps(new Account("a", "s", 3)), StandardCharsets.UTF_8))
			.isEqualTo("{\"name\":\"a\",\"version\":3}");
	}
}
