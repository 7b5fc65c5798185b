package io.jsoncore;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.annotation.JsonView;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link PropertyOrder#ALPHABETICAL} writes properties in the order of Jackson 3's default mapper (which sorts), each
 * body compared with Jackson's own; {@link PropertyOrder#DECLARATION} stays the default.
 */
class PropertyOrderTest {

	private static final JsonMapper JACKSON = JsonMapper.builder().build();

	private static final JsonCodec ALPHABETICAL = JsonCodec.builder().propertyOrder(PropertyOrder.ALPHABETICAL).build();

	public static class Fields {

		public int zeta = 1;

		public String alpha = "a";

		public boolean mid = true;
	}

	public static class Parent {

		public int getZ() {
			return 1;
		}

		public int getB() {
			return 2;
		}
	}

	public static class Child extends Parent {

		public int getA() {
			return 3;
		}

		public int getY() {
			return 4;
		}
	}

	/** Its creator's properties first, in its parameters' order, then the others by name. */
	public static class Account {

		private final int z;

		private final int a;

		@JsonCreator
		public Account(@JsonProperty("z") int z, @JsonProperty("a") int a) {
			this.z = z;
			this.a = a;
		}

		public int getZ() {
			return this.z;
		}

		public int getA() {
			return this.a;
		}

		public int getBalance() {
			return 3;
		}

		public int getAa() {
			return 4;
		}
	}

	public record Line(int zeta, String alpha, boolean mid) {
	}

	public static class Renamed {

		@JsonProperty("zz")
		public int getA() {
			return 1;
		}

		public int getB() {
			return 2;
		}
	}

	/** Java names in one order, snake case names in the other. */
	public static class Snake {

		public int getAZ() {
			return 1;
		}

		public int getA_b() {
			return 2;
		}
	}

	@JsonPropertyOrder({ "m" })
	public static class Pinned {

		public int z = 1;

		public int a = 2;

		public int m = 3;
	}

	public static class WithAny {

		public int z = 1;

		public int a = 2;

		@JsonAnyGetter
		public Map<String, Object> extra() {
			Map<String, Object> extra = new LinkedHashMap<>();
			extra.put("b", 5);
			return extra;
		}
	}

	@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
	@JsonSubTypes(@JsonSubTypes.Type(value = Circle.class, name = "circle"))
	public interface Shape {
	}

	public static class Circle implements Shape {

		public double radius = 1.5;

		public String color = "red";
	}

	public static class Address {

		public String street = "Main St";

		public String city = "Oslo";
	}

	public static class Customer {

		public String id = "c1";

		@JsonUnwrapped
		public Address address = new Address();

		public int age = 30;
	}

	public interface Summary {
	}

	public static class Viewed {

		@JsonView(Summary.class)
		public String name = "ann";

		public String secret = "s";

		@JsonView(Summary.class)
		public String email = "ann@example.com";
	}

	private static String text(byte[] json) {
		return new String(json, StandardCharsets.UTF_8);
	}

	private static void assertWrittenAsJackson(Object value, String expected) {
		assertThat(text(ALPHABETICAL.dumps(value))).isEqualTo(expected).isEqualTo(JACKSON.writeValueAsString(value));
	}

	@Test
	void beanPropertiesAreSortedByName() {
		assertWrittenAsJackson(new Fields(), "{\"alpha\":\"a\",\"mid\":true,\"zeta\":1}");
		assertWrittenAsJackson(new Child(), "{\"a\":3,\"b\":2,\"y\":4,\"z\":1}");
		assertWrittenAsJackson(new Renamed(), "{\"b\":2,\"zz\":1}");
	}

	@Test
	void creatorPropertiesComeFirstInTheirDeclaredOrder() {
		assertWrittenAsJackson(new Account(1, 2), "{\"z\":1,\"a\":2,\"aa\":4,\"balance\":3}");
		assertWrittenAsJackson(new Line(1, "a", true), "{\"zeta\":1,\"alpha\":\"a\",\"mid\":true}");
	}

	@Test
	void namesAreSortedAfterTheNamingStrategy() {
		assertWrittenAsJackson(new Snake(), "{\"AZ\":1,\"a_b\":2}");
		JsonCodec snakeCase = ALPHABETICAL.toBuilder().propertyNaming(PropertyNaming.SNAKE_CASE).build();
		JsonMapper jacksonSnakeCase = JsonMapper.builder().propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
			.build();
		assertThat(text(snakeCase.dumps(new Snake()))).isEqualTo("{\"a_b\":2,\"az\":1}")
			.isEqualTo(jacksonSnakeCase.writeValueAsString(new Snake()));
	}

	@Test
	void pinnedPropertiesAnyGetterEntriesAndTheDiscriminatorKeepTheirPlaces() {
		assertWrittenAsJackson(new Pinned(), "{\"m\":3,\"a\":2,\"z\":1}");
		assertWrittenAsJackson(new WithAny(), "{\"a\":2,\"z\":1,\"b\":5}");
		assertThat(text(ALPHABETICAL.dumps(new Circle()))).isEqualTo("{\"kind\":\"circle\",\"color\":\"red\",\"radius\":1.5}")
			.isEqualTo(JACKSON.writerFor(Shape.class).writeValueAsString(new Circle()));
	}

	@Test
	void unwrappedAndViewedPropertiesAreSortedToo() {
		// the unwrapped property takes its place by its own name, "address"; its properties are sorted among themselves
		assertWrittenAsJackson(new Customer(), "{\"city\":\"Oslo\",\"street\":\"Main St\",\"age\":30,\"id\":\"c1\"}");
		assertThat(text(ALPHABETICAL.withView(Summary.class).dumps(new Viewed())))
			.isEqualTo("{\"email\":\"ann@example.com\",\"name\":\"ann\"}")
			.isEqualTo(JACKSON.writerWithView(Summary.class).writeValueAsString(new Viewed()));
	}

	@Test
	void declarationOrderIsTheDefaultAndEachCodecKeepsItsOwn() {
		assertThat(JsonCodec.defaults().propertyOrder()).isEqualTo(PropertyOrder.DECLARATION);
		assertThat(text(Json.dumps(new Fields()))).isEqualTo("{\"zeta\":1,\"alpha\":\"a\",\"mid\":true}");
		// the same class, written by both codecs in turn, each in its order
		assertThat(text(ALPHABETICAL.dumps(new Fields()))).isEqualTo("{\"alpha\":\"a\",\"mid\":true,\"zeta\":1}");
		assertThat(text(JsonCodec.defaults().dumps(new Fields()))).isEqualTo("{\"zeta\":1,\"alpha\":\"a\",\"mid\":true}");
		assertThat(ALPHABETICAL.toBuilder().build().propertyOrder()).isEqualTo(PropertyOrder.ALPHABETICAL);
	}
}
