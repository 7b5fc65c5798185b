package io.jsoncore;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JacksonAnnotationsTest {

	record Renamed(@JsonProperty("order_id") long orderId, @JsonIgnore String secret,
			@JsonInclude(JsonInclude.Include.NON_NULL) String note) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Lenient(int a) {
	}

	record Strict(int a) {
	}

	public static class Bean {

		@JsonProperty("full_name")
		private String name;

		@JsonIgnore
		public String internal = "hidden";

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}
	}

	private static String dumps(Object value) {
		return new String(Json.dumps(value), StandardCharsets.UTF_8);
	}

	@Test
	void jsonPropertyRenamesAndJsonIgnoreLeavesOutOnRecords() {
		assertThat(dumps(new Renamed(7, "s", null))).isEqualTo("{\"order_id\":7}");
		assertThat(dumps(new Renamed(7, "s", "n"))).isEqualTo("{\"order_id\":7,\"note\":\"n\"}");
		assertThat(Json.loads("{\"order_id\":7,\"secret\":\"x\",\"orderId\":9}".getBytes(), Renamed.class))
			.isEqualTo(new Renamed(7, null, null));
	}

	@Test
	void jsonPropertyAndJsonIgnoreOnBeans() {
		Bean bean = new Bean();
		bean.setName("Ada");
		assertThat(dumps(bean)).isEqualTo("{\"full_name\":\"Ada\"}");
		Bean read = Json.loads("{\"full_name\":\"Grace\",\"internal\":\"x\"}".getBytes(), Bean.class);
		assertThat(read.getName()).isEqualTo("Grace");
		assertThat(read.internal).isEqualTo("hidden");
	}

	@Test
	void unknownPropertiesAreSkippedByDefault() {
		assertThat(Json.loads("{\"a\":1,\"b\":2}".getBytes(), Strict.class)).isEqualTo(new Strict(1));
	}

	@Test
	void failOnUnknownPropertiesRejectsThem() {
		JsonCodec strict = JsonCodec.builder().failOnUnknownProperties(true).build();
		assertThatThrownBy(() -> strict.loads("{\"a\":1,\"b\":2}".getBytes(), Strict.class))
			.isInstanceOf(JsonDecodeException.class)
			.hasMessage("expected a property of io.jsoncore.JacksonAnnotationsTest$Strict but found \"b\" at $.b: "
					+ "line 1 column 8 (char 7)");
		assertThat(strict.loads("{\"a\":1,\"b\":2}".getBytes(), Lenient.class)).isEqualTo(new Lenient(1));
	}
}
