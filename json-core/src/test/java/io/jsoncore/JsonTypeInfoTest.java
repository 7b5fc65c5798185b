package io.jsoncore;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Jackson's {@code @JsonTypeInfo}, {@code @JsonSubTypes} and {@code @JsonTypeName}, read by name: the bodies are
 * Jackson 3's for the same classes (compared with Jackson itself, its alphabetical order turned off), and each
 * library reads the other's. Only names listed or permitted are ever read; class ids are refused.
 */
class JsonTypeInfoTest {

	private static final JsonMapper JACKSON = JsonMapper.builder()
		.disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
		.build();

	@JsonTypeInfo(use = JsonTypeInfo.Id.NAME)
	@JsonSubTypes({ @JsonSubTypes.Type(value = Dog.class, name = "dog"), @JsonSubTypes.Type(Cat.class),
			@JsonSubTypes.Type(value = Parrot.class, names = { "parrot", "polly" }) })
	interface Animal {
	}

	record Dog(String name, int barks) implements Animal {
	}

	record Cat(String name) implements Animal {
	}

	@JsonTypeName("parrot")
	record Parrot(List<String> words) implements Animal {
	}

	/** A field declared as the base type, as a DTO holds one. */
	record Owner(String name, Animal pet) {
	}

	private static String text(byte[] json) {
		return new String(json, StandardCharsets.UTF_8);
	}

	private static byte[] bytes(String json) {
		return json.getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void bodiesAreJacksons() {
		for (Object value : List.of(new Dog("rex", 2), new Cat("tom"), new Parrot(List.of("hi")),
				new Owner("ann", new Cat("tom")), new Owner("bob", new Dog("rex", 1)))) {
			assertThat(text(Json.dumps(value))).isEqualTo(JACKSON.writeValueAsString(value));
		}
		assertThat(text(Json.dumps(new Cat("tom")))).isEqualTo("{\"@type\":\"JsonTypeInfoTest$Cat\",\"name\":\"tom\"}");
		assertThat(text(Json.dumps(new Dog("rex", 2)))).isEqualTo("{\"@type\":\"dog\",\"name\":\"rex\",\"barks\":2}");
	}

	@Test
	void eachReadsWhatTheOtherWrites() {
		for (Animal animal : List.of(new Dog("rex", 2), new Cat("tom"), new Parrot(List.of("hi", "bye")))) {
			assertThat(Json.loads(JACKSON.writeValueAsBytes(animal), Animal.class)).isEqualTo(animal);
			assertThat(JACKSON.readValue(Json.dumps(animal), Animal.class)).isEqualTo(animal);
		}
		assertThat(Json.loads(bytes("{\"words\":[],\"@type\":\"polly\"}"), Animal.class)).isEqualTo(new Parrot(List.of()));
		assertThat(Json.loads(bytes("{\"name\":\"x\",\"pet\":{\"name\":\"c\",\"@type\":\"JsonTypeInfoTest$Cat\"}}"),
				Owner.class)).isEqualTo(new Owner("x", new Cat("c")));
	}

	@Test
	void onlyListedNamesAreRead() {
		assertThatThrownBy(() -> Json.loads(bytes("{\"@type\":\"java.lang.ProcessBuilder\"}"), Animal.class))
			.isInstanceOf(JsonDecodeException.class)
			.hasMessage("expected \"@type\" to be one of \"dog\", \"JsonTypeInfoTest$Cat\", \"parrot\", \"polly\" (for "
					+ "io.jsoncore.JsonTypeInfoTest$Animal) but found \"java.lang.ProcessBuilder\" at $.@type: line 1 "
					+ "column 10 (char 9)");
		assertThatThrownBy(() -> Json.loads(bytes("{\"name\":\"rex\"}"), Animal.class))
			.isInstanceOf(JsonDecodeException.class)
			.hasMessageEndingWith("but found no \"@type\" at $: line 1 column 1 (char 0)");
	}

	@JsonTypeInfo(use = JsonTypeInfo.Id.SIMPLE_NAME, property = "kind")
	@JsonSubTypes({ @JsonSubTypes.Type(Car.class), @JsonSubTypes.Type(Truck.class) })
	public abstract static class Vehicle {

		public int wheels;
	}

	public static class Car extends Vehicle {
	}

	public static class Truck extends Vehicle {
	}

	@Test
	void simpleNamesAndAPropertyOfItsOwn() {
		Truck truck = new Truck();
		truck.wheels = 6;
		assertThat(text(Json.dumps(truck))).isEqualTo("{\"kind\":\"Truck\",\"wheels\":6}")
			.isEqualTo(JACKSON.writeValueAsString(truck));
		Vehicle read = Json.loads(bytes("{\"wheels\":4,\"kind\":\"Car\"}"), Vehicle.class);
		assertThat(read).isInstanceOf(Car.class);
		assertThat(read.wheels).isEqualTo(4);
	}

	@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "kind",
			visible = true)
	@JsonSubTypes({ @JsonSubTypes.Type(value = Created.class, name = "created"),
			@JsonSubTypes.Type(value = Deleted.class, name = "deleted") })
	interface Event {
	}

	record Created(String kind, String id) implements Event {
	}

	record Deleted(String kind, String id) implements Event {
	}

	@Test
	void anExistingPropertyIsTheMembersOwn() {
		Created created = new Created("created", "7");
		assertThat(text(Json.dumps(created))).isEqualTo("{\"kind\":\"created\",\"id\":\"7\"}")
			.isEqualTo(JACKSON.writeValueAsString(created));
		assertThat(Json.loads(bytes("{\"id\":\"8\",\"kind\":\"deleted\"}"), Event.class))
			.isEqualTo(new Deleted("deleted", "8"));
	}

	@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, defaultImpl = Plain.class)
	@JsonSubTypes(@JsonSubTypes.Type(value = Fancy.class, name = "fancy"))
	interface Message {
	}

	record Plain(String text) implements Message {
	}

	record Fancy(String text, String font) implements Message {
	}

	@Test
	void defaultImplReadsAnObjectWithoutTheProperty() {
		assertThat(Json.loads(bytes("{\"text\":\"hi\"}"), Message.class)).isEqualTo(new Plain("hi"));
		assertThat(Json.loads(bytes("{\"text\":\"hi\",\"font\":\"x\",\"@type\":\"fancy\"}"), Message.class))
			.isEqualTo(new Fancy("hi", "x"));
		assertThat(JACKSON.readValue("{\"text\":\"hi\"}", Message.class)).isEqualTo(new Plain("hi"));
	}

	/** Sealed and annotated: the permitted subclasses need no @JsonSubTypes. */
	@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "t")
	sealed interface Token permits Word, Number {
	}

	record Word(String text) implements Token {
	}

	@JsonTypeName("num")
	record Number(double value) implements Token {
	}

	@Test
	void aSealedTypeWithTypeInfoTakesItsPermittedSubclasses() {
		assertThat(text(Json.dumps(List.of(new Word("a"), new Number(1)))))
			.isEqualTo("[{\"t\":\"JsonTypeInfoTest$Word\",\"text\":\"a\"},{\"t\":\"num\",\"value\":1.0}]");
		assertThat(Json.loads(bytes("{\"value\":2,\"t\":\"num\"}"), Token.class)).isEqualTo(new Number(2));
	}

	@JsonTypeInfo(use = JsonTypeInfo.Id.CLASS)
	interface ByClass {
	}

	record Named(String name) implements ByClass {
	}

	@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.WRAPPER_OBJECT)
	interface Wrapped {
	}

	@JsonTypeInfo(use = JsonTypeInfo.Id.DEDUCTION)
	interface Deduced {
	}

	@Test
	void classIdsAndOtherFormsAreRefusedAtFirstUse() {
		assertThatIllegalArgumentException().isThrownBy(() -> Json.loads(bytes("{}"), ByClass.class))
			.withMessage("Cannot read io.jsoncore.JsonTypeInfoTest$ByClass: use = CLASS is not supported (@JsonTypeInfo "
					+ "on io.jsoncore.JsonTypeInfoTest$ByClass): a class named by the input is how fastjson's and "
					+ "Jackson's deserialization vulnerabilities began; use NAME with @JsonSubTypes, or a sealed type");
		assertThatThrownBy(() -> Json.dumps(new Named("x"))).isInstanceOf(JsonEncodeException.class)
			.hasMessageStartingWith("Type is not JSON serializable: use = CLASS is not supported");
		assertThatIllegalArgumentException().isThrownBy(() -> Json.loads(bytes("{}"), Wrapped.class))
			.withMessageContaining("include = WRAPPER_OBJECT is not supported");
		assertThatIllegalArgumentException().isThrownBy(() -> Json.loads(bytes("{}"), Deduced.class))
			.withMessageContaining("use = DEDUCTION is not supported");
	}

	sealed interface Plain2 permits Both {
	}

	@JsonTypeInfo(use = JsonTypeInfo.Id.NAME)
	interface Annotated2 {
	}

	record Both(int x) implements Plain2, Annotated2 {
	}

	@Test
	void aClassInTwoHierarchiesWithDifferentDiscriminatorsFails() {
		assertThatThrownBy(() -> Json.dumps(new Both(1))).isInstanceOf(JsonEncodeException.class)
			.hasMessage("Type is not JSON serializable: io.jsoncore.JsonTypeInfoTest$Both is in two hierarchies with "
					+ "different discriminators: the sealed io.jsoncore.JsonTypeInfoTest$Plain2 and the @JsonTypeInfo of "
					+ "io.jsoncore.JsonTypeInfoTest$Annotated2; annotate io.jsoncore.JsonTypeInfoTest$Plain2 with the "
					+ "same @JsonTypeInfo, or leave one of them");
		assertThatIllegalArgumentException().isThrownBy(() -> Json.loads(bytes("{}"), Both.class))
			.withMessageStartingWith("Cannot read io.jsoncore.JsonTypeInfoTest$Both: io.jsoncore.JsonTypeInfoTest$Both is "
					+ "in two hierarchies");
	}
}
