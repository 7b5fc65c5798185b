package io.jsoncore;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
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

	enum Level {
		LOW("low"), HIGH("high");

		private final String code;

		Level(String code) {
			this.code = code;
		}

		@JsonValue
		public String code() {
			return this.code;
		}
	}

	/** A value type written as one string and read back through a delegating creator. */
	public static final class Sku {

		private final String code;

		private Sku(String code) {
			this.code = code;
		}

		@JsonCreator
		public static Sku of(String code) {
			if (code.isEmpty()) {
				throw new IllegalArgumentException("empty");
			}
			return new Sku(code);
		}

		@JsonValue
		public String code() {
			return this.code;
		}
	}

	/** An immutable class read through a properties creator. */
	public static final class Point {

		private final int x;

		private final int y;

		@JsonCreator
		public Point(@JsonProperty("x") int x, @JsonProperty("y") int y) {
			this.x = x;
			this.y = y;
		}

		public int getX() {
			return this.x;
		}

		public int getY() {
			return this.y;
		}
	}

	record Stock(Sku sku, Level level, Point at) {
	}

	@Test
	void jsonValueWritesTheValueInTheObjectsPlace() {
		assertThat(dumps(new Stock(Sku.of("A-1"), Level.HIGH, new Point(1, 2))))
			.isEqualTo("{\"sku\":\"A-1\",\"level\":\"high\",\"at\":{\"x\":1,\"y\":2}}");
	}

	@Test
	void jsonCreatorAndJsonValueReadBack() {
		Stock stock = Json.loads("{\"sku\":\"A-1\",\"level\":\"high\",\"at\":{\"y\":2,\"x\":1}}".getBytes(), Stock.class);
		assertThat(stock.sku().code()).isEqualTo("A-1");
		assertThat(stock.level()).isEqualTo(Level.HIGH);
		assertThat(stock.at().getX()).isEqualTo(1);
		assertThat(stock.at().getY()).isEqualTo(2);
	}

	@Test
	void creatorThatRejectsItsValueIsABindingError() {
		assertThatThrownBy(() -> Json.loads("{\"sku\":\"\"}".getBytes(), Stock.class)).isInstanceOf(JsonDecodeException.class)
			.hasMessage("expected io.jsoncore.JacksonAnnotationsTest$Sku but found a value its creator rejects "
					+ "(java.lang.IllegalArgumentException: empty) at $.sku: line 1 column 8 (char 7)");
		assertThatThrownBy(() -> Json.loads("{\"level\":\"LOW\"}".getBytes(), Stock.class)).isInstanceOf(JsonDecodeException.class)
			.hasMessage("expected io.jsoncore.JacksonAnnotationsTest$Level but found \"LOW\" at $.level: line 1 column 10 (char 9)");
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

	@Test
	void ignoredPropertiesAreNotUnknown() {
		JsonCodec strict = JsonCodec.builder().failOnUnknownProperties(true).build();
		assertThat(strict.loads("{\"order_id\":1,\"secret\":\"s\"}".getBytes(), Renamed.class))
			.isEqualTo(new Renamed(1, null, null));
		assertThat(strict.loads("{\"internal\":\"x\"}".getBytes(), Bean.class).internal).isEqualTo("hidden");
	}
}
