package io.jsoncore;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonBackReference;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonManagedReference;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonView;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code @JsonNaming} (Jackson 2's and 3's), {@code @JsonManagedReference} / {@code @JsonBackReference},
 * {@code @JsonAnySetter} on a record's map, and the annotations of an immutable class's fields applied to its
 * constructor's parameters, as Jackson merges them.
 */
class ReferencesAndNamingTest {

	private static final JsonMapper JACKSON = JsonMapper.builder()
		.disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
		.build();

	private static String text(byte[] json) {
		return new String(json, StandardCharsets.UTF_8);
	}

	private static byte[] bytes(String json) {
		return json.getBytes(StandardCharsets.UTF_8);
	}

	@tools.jackson.databind.annotation.JsonNaming(tools.jackson.databind.PropertyNamingStrategies.SnakeCaseStrategy.class)
	record Order(String orderId, int lineCount, @JsonProperty("Total") double totalAmount) {
	}

	@com.fasterxml.jackson.databind.annotation.JsonNaming(com.fasterxml.jackson.databind.PropertyNamingStrategies.KebabCaseStrategy.class)
	public static final class Shipment {

		public String trackingCode;

		public int parcelCount;
	}

	record Wrapper(Order order) {
	}

	@tools.jackson.databind.annotation.JsonNaming(tools.jackson.databind.PropertyNamingStrategies.LowerDotCaseStrategy.class)
	record Dotted(String someName) {
	}

	@Test
	void jsonNamingNamesTheClassesOwnPropertiesBothWays() {
		Order order = new Order("a1", 2, 9.5);
		assertThat(text(Json.dumps(new Wrapper(order))))
			.isEqualTo("{\"order\":{\"order_id\":\"a1\",\"line_count\":2,\"Total\":9.5}}")
			.isEqualTo(JACKSON.writeValueAsString(new Wrapper(order)));
		assertThat(Json.loads(bytes("{\"line_count\":2,\"order_id\":\"a1\",\"Total\":9.5}"), Order.class)).isEqualTo(order);
		// the codec's own naming goes on for every other class
		JsonCodec pascal = JsonCodec.builder().propertyNaming(PropertyNaming.PASCAL_CASE).build();
		assertThat(text(pascal.dumps(new Wrapper(order)))).startsWith("{\"Order\":{\"order_id\":");
		Shipment shipment = new Shipment();
		shipment.trackingCode = "z";
		shipment.parcelCount = 3;
		assertThat(text(Json.dumps(shipment))).isEqualTo("{\"tracking-code\":\"z\",\"parcel-count\":3}");
		Shipment read = Json.loads(bytes("{\"parcel-count\":4,\"tracking-code\":\"y\"}"), Shipment.class);
		assertThat(read.parcelCount).isEqualTo(4);
		assertThat(read.trackingCode).isEqualTo("y");
	}

	@Test
	void aNamingJsonCoreHasNoEqualOfFailsAtFirstUse() {
		assertThatIllegalArgumentException().isThrownBy(() -> Json.loads(bytes("{}"), Dotted.class))
			.withMessage("@JsonNaming(tools.jackson.databind.PropertyNamingStrategies$LowerDotCaseStrategy) on "
					+ "io.jsoncore.ReferencesAndNamingTest$Dotted is not supported: json-core has SnakeCaseStrategy, "
					+ "KebabCaseStrategy, LowerCamelCaseStrategy and UpperCamelCaseStrategy; name the properties with "
					+ "@JsonProperty");
		assertThatThrownBy(() -> Json.dumps(new Dotted("x"))).isInstanceOf(JsonEncodeException.class)
			.hasMessageStartingWith("Type is not JSON serializable: @JsonNaming(");
	}

	public static class Parent {

		public String name;

		@JsonManagedReference
		public List<Child> children = new ArrayList<>();

		@JsonManagedReference("favourite")
		public Child favourite;
	}

	public static class Child {

		public String name;

		@JsonBackReference
		public Parent parent;

		private Parent admirer;

		@JsonBackReference("favourite")
		public Parent getAdmirer() {
			return this.admirer;
		}

		public void setAdmirer(Parent admirer) {
			this.admirer = admirer;
		}
	}

	@Test
	void aBackReferenceIsNotWrittenAndIsSetToItsParentOnRead() {
		Parent parent = new Parent();
		parent.name = "p";
		Child child = new Child();
		child.name = "c";
		child.parent = parent;
		parent.children.add(child);
		Child favourite = new Child();
		favourite.name = "f";
		favourite.setAdmirer(parent);
		parent.favourite = favourite;
		String json = "{\"name\":\"p\",\"children\":[{\"name\":\"c\"}],\"favourite\":{\"name\":\"f\"}}";
		assertThat(text(Json.dumps(parent))).isEqualTo(json).isEqualTo(JACKSON.writeValueAsString(parent));
		Parent read = Json.loads(bytes(json), Parent.class);
		assertThat(read.children).hasSize(1);
		assertThat(read.children.get(0).parent).isSameAs(read);
		assertThat(read.favourite.getAdmirer()).isSameAs(read);
		assertThat(read.favourite.parent).isNull();
		// the back reference in the input is skipped, never read
		Child alone = JsonCodec.builder().failOnUnknownProperties(true).build()
			.loads(bytes("{\"name\":\"x\",\"parent\":{\"name\":\"q\"}}"), Child.class);
		assertThat(alone.parent).isNull();
	}

	public static class Orphan {

		@JsonManagedReference
		public List<Child> children;

		@JsonManagedReference("nobody")
		public Child other;
	}

	@Test
	void aManagedReferenceWithoutItsBackReferenceFailsAtFirstUse() {
		assertThatIllegalArgumentException().isThrownBy(() -> Json.loads(bytes("{}"), Orphan.class))
			.withMessage("Cannot read io.jsoncore.ReferencesAndNamingTest$Orphan: its @JsonManagedReference property "
					+ "'other' has no @JsonBackReference(\"nobody\") with a setter in "
					+ "io.jsoncore.ReferencesAndNamingTest$Child");
	}

	record Profile(String id, @JsonAnyGetter @JsonAnySetter Map<String, Integer> extra) {
	}

	record Loose(String id, @JsonAnySetter Map<String, Object> rest) {
	}

	@Test
	void aRecordsAnySetterMapTakesTheUnknownProperties() {
		Profile profile = Json.loads(bytes("{\"a\":1,\"id\":\"x\",\"b\":2,\"a\":3}"), Profile.class);
		assertThat(profile).isEqualTo(new Profile("x", Map.of("a", 3, "b", 2)));
		assertThat(profile.extra().keySet()).containsExactly("a", "b");
		assertThat(text(Json.dumps(profile))).isEqualTo("{\"id\":\"x\",\"a\":3,\"b\":2}");
		assertThat(Json.loads(bytes("{\"id\":\"y\"}"), Profile.class).extra()).isEmpty();
		assertThatThrownBy(() -> Json.loads(bytes("{\"id\":\"y\",\"n\":\"s\"}"), Profile.class))
			.isInstanceOf(JsonDecodeException.class)
			.hasMessage("expected int but found a string at $.n: line 1 column 15 (char 14)");
		Loose loose = JsonCodec.builder().failOnUnknownProperties(true).build()
			.loads(bytes("{\"id\":\"z\",\"tags\":[1,{\"k\":null}]}"), Loose.class);
		assertThat(loose.rest()).isEqualTo(Map.of("tags", List.of(1L, java.util.Collections.singletonMap("k", null))));
		assertThat(text(Json.dumps(loose))).isEqualTo("{\"id\":\"z\",\"rest\":{\"tags\":[1,{\"k\":null}]}}");
	}

	static class Public {
	}

	static class Internal extends Public {
	}

	/** Immutable, as Lombok's {@code @Value} writes it: the annotations are on the fields. */
	public static final class Account {

		@JsonView(Public.class)
		@JsonProperty("user")
		@JsonAlias("login")
		private final String name;

		@JsonView(Internal.class)
		private final String email;

		@JsonIgnore
		private final String secret;

		@JsonProperty(access = JsonProperty.Access.READ_ONLY)
		@JsonView(Public.class)
		private final long created;

		public Account(String name, String email, String secret, long created) {
			this.name = name;
			this.email = email;
			this.secret = secret;
			this.created = created;
		}

		public String getName() {
			return this.name;
		}

		public String getEmail() {
			return this.email;
		}

		public String getSecret() {
			return this.secret;
		}

		public long getCreated() {
			return this.created;
		}
	}

	@Test
	void anImmutableClassesFieldAnnotationsApplyToItsConstructorParameters() {
		String json = "{\"user\":\"ann\",\"email\":\"a@x\",\"secret\":\"s\",\"created\":5}";
		Account account = Json.loads(bytes(json), Account.class);
		assertThat(account.getName()).isEqualTo("ann");
		assertThat(account.getEmail()).isEqualTo("a@x");
		assertThat(account.getSecret()).isNull();
		assertThat(account.getCreated()).isZero();
		assertThat(Json.loads(bytes("{\"login\":\"bob\"}"), Account.class).getName()).isEqualTo("bob");
		Account publicView = JsonCodec.builder().view(Public.class).build().loads(bytes(json), Account.class);
		assertThat(publicView.getName()).isEqualTo("ann");
		assertThat(publicView.getEmail()).isNull();
		Account internalView = JsonCodec.builder().view(Internal.class).build().loads(bytes(json), Account.class);
		assertThat(internalView.getEmail()).isEqualTo("a@x");
		assertThat(JsonCodec.builder().failOnUnknownProperties(true).view(Public.class).build()
			.loads(bytes(json), Account.class).getName()).isEqualTo("ann");
	}
}
