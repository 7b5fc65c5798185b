package io.jsoncore;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Sealed hierarchies without annotations: written with a discriminator first ({@code "type"}, a codec setting),
 * the subtype's {@code @JsonTypeName} or simple name; read by it wherever it stands, into one of the permitted
 * subclasses only.
 */
class SealedTypesTest {

	sealed interface Shape permits Circle, Square, Polygon, Drawing, Label {
	}

	record Circle(double radius) implements Shape {
	}

	record Square(double side) implements Shape {
	}

	/** A nested sealed type: its members are members of Shape too. */
	sealed interface Polygon extends Shape permits Triangle, Hexagon {
	}

	record Triangle(double base, double height) implements Polygon {
	}

	@JsonTypeName("hex")
	record Hexagon(double side) implements Polygon {
	}

	/** A shape that holds shapes, so discriminators nest. */
	record Drawing(String title, List<Shape> shapes, Shape frame) implements Shape {
	}

	/** A bean member, read through its setters. */
	public static final class Label implements Shape {

		private String text;

		public String getText() {
			return this.text;
		}

		public void setText(String text) {
			this.text = text;
		}
	}

	private static String text(byte[] json) {
		return new String(json, StandardCharsets.UTF_8);
	}

	private static byte[] bytes(String json) {
		return json.getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void aSubtypeIsWrittenWithItsDiscriminatorFirstWhereverItIsWritten() {
		assertThat(text(Json.dumps(new Circle(1.5)))).isEqualTo("{\"type\":\"Circle\",\"radius\":1.5}");
		assertThat(text(Json.dumps(List.of(new Square(2), new Triangle(3, 4), new Hexagon(1)))))
			.isEqualTo("[{\"type\":\"Square\",\"side\":2.0},{\"type\":\"Triangle\",\"base\":3.0,\"height\":4.0},"
					+ "{\"type\":\"hex\",\"side\":1.0}]");
		Label label = new Label();
		label.setText("hi");
		assertThat(text(Json.dumps(Map.of("label", label)))).isEqualTo("{\"label\":{\"type\":\"Label\",\"text\":\"hi\"}}");
		assertThat(text(Json.dumps(new Circle(1), JsonOption.INDENT_2)))
			.isEqualTo("{\n  \"type\": \"Circle\",\n  \"radius\": 1.0\n}");
	}

	@Test
	void theDiscriminatorPicksThePermittedSubclassWhereverItStands() {
		assertThat(Json.loads(bytes("{\"type\":\"Circle\",\"radius\":1.5}"), Shape.class)).isEqualTo(new Circle(1.5));
		assertThat(Json.loads(bytes("{\"radius\":1.5,\"type\":\"Circle\"}"), Shape.class)).isEqualTo(new Circle(1.5));
		assertThat(Json.loads(bytes("{\"base\":3,\"type\":\"Triangle\",\"height\":4}"), Shape.class))
			.isEqualTo(new Triangle(3, 4));
		assertThat(Json.loads(bytes("{\"side\":1,\"type\":\"hex\"}"), Polygon.class)).isEqualTo(new Hexagon(1));
		Label label = (Label) Json.loads(bytes(" { \"text\" : \"hi\" , \"type\" : \"Label\" } "), Shape.class);
		assertThat(label.getText()).isEqualTo("hi");
	}

	@Test
	void nestedShapesRoundTripWithTheirDiscriminatorsFirstOrLast() {
		Drawing drawing = new Drawing("d", List.of(new Circle(1), new Drawing("inner", List.of(new Hexagon(2)), null)),
				new Square(3));
		byte[] json = Json.dumps(drawing);
		assertThat(text(json)).isEqualTo("{\"type\":\"Drawing\",\"title\":\"d\",\"shapes\":[{\"type\":\"Circle\","
				+ "\"radius\":1.0},{\"type\":\"Drawing\",\"title\":\"inner\",\"shapes\":[{\"type\":\"hex\",\"side\":2.0}],"
				+ "\"frame\":null}],\"frame\":{\"type\":\"Square\",\"side\":3.0}}");
		assertThat(Json.loads(json, Shape.class)).isEqualTo(drawing);
		String last = "{\"title\":\"d\",\"shapes\":[{\"radius\":1.0,\"type\":\"Circle\"},{\"title\":\"inner\","
				+ "\"shapes\":[{\"side\":2.0,\"type\":\"hex\"}],\"frame\":null,\"type\":\"Drawing\"}],"
				+ "\"frame\":{\"side\":3.0,\"type\":\"Square\"},\"type\":\"Drawing\"}";
		assertThat(Json.loads(bytes(last), Shape.class)).isEqualTo(drawing);
		assertThat(Json.loads(bytes("[" + last + "," + last + "]"), new TypeRef<List<Shape>>() {
		})).containsExactly(drawing, drawing);
	}

	@Test
	void polymorphicValuesNestedDeepWithTheirDiscriminatorsLastAreReadWhole() {
		int depth = 500;
		StringBuilder json = new StringBuilder();
		for (int i = 0; i < depth; i++) {
			json.append("{\"title\":\"").append(i).append("\",\"shapes\":[],\"frame\":");
		}
		json.append("{\"radius\":7,\"type\":\"Circle\"}");
		for (int i = 0; i < depth; i++) {
			json.append(",\"type\":\"Drawing\"}");
		}
		Shape shape = Json.loads(bytes(json.toString()), Shape.class);
		for (int i = 0; i < depth; i++) {
			assertThat(((Drawing) shape).title()).isEqualTo(String.valueOf(i));
			shape = ((Drawing) shape).frame();
		}
		assertThat(shape).isEqualTo(new Circle(7));
	}

	@Test
	void aMissingOrUnknownDiscriminatorSaysWhereAndWhatIsAllowed() {
		assertThatThrownBy(() -> Json.loads(bytes("{\"frame\":{\"radius\":1}}"), Drawing.class))
			.isInstanceOf(JsonDecodeException.class)
			.hasMessage("expected \"type\" to be one of \"Circle\", \"Square\", \"Triangle\", \"hex\", \"Drawing\", "
					+ "\"Label\" (for io.jsoncore.SealedTypesTest$Shape) but found no \"type\" at $.frame: line 1 "
					+ "column 10 (char 9)");
		assertThatThrownBy(() -> Json.loads(bytes("[{\"side\":1,\"type\":\"Pentagon\"}]"), new TypeRef<List<Polygon>>() {
		})).isInstanceOf(JsonDecodeException.class)
			.hasMessage("expected \"type\" to be one of \"Triangle\", \"hex\" (for io.jsoncore.SealedTypesTest$Polygon) "
					+ "but found \"Pentagon\" at $[0].type: line 1 column 19 (char 18)");
		assertThatThrownBy(() -> Json.loads(bytes("{\"type\":1}"), Shape.class)).isInstanceOf(JsonDecodeException.class)
			.hasMessageStartingWith("expected \"type\" to be one of \"Circle\",")
			.hasMessageEndingWith("but found a number at $.type: line 1 column 9 (char 8)");
		assertThatThrownBy(() -> Json.loads(bytes("[1]"), Shape.class)).isInstanceOf(JsonDecodeException.class)
			.hasMessage("expected io.jsoncore.SealedTypesTest$Shape but found an array at $: line 1 column 1 (char 0)");
	}

	@Test
	void aConcreteMemberReadAsItselfNeedsNoDiscriminatorButChecksOne() {
		assertThat(Json.loads(bytes("{\"radius\":2}"), Circle.class)).isEqualTo(new Circle(2));
		assertThat(Json.loads(bytes("{\"radius\":2,\"type\":\"Circle\"}"), Circle.class)).isEqualTo(new Circle(2));
		assertThat(JsonCodec.builder().failOnUnknownProperties(true).build()
			.loads(bytes("{\"type\":\"Circle\",\"radius\":2}"), Circle.class)).isEqualTo(new Circle(2));
		assertThatThrownBy(() -> Json.loads(bytes("{\"radius\":2,\"type\":\"Square\"}"), Circle.class))
			.isInstanceOf(JsonDecodeException.class)
			.hasMessage("expected \"type\" to be \"Circle\" (for io.jsoncore.SealedTypesTest$Circle) but found "
					+ "\"Square\" at $.type: line 1 column 20 (char 19)");
		Label label = Json.loads(bytes("{\"type\":\"Label\",\"text\":\"x\"}"), Label.class);
		assertThat(label.getText()).isEqualTo("x");
	}

	@Test
	void aCodecNamesItsOwnDiscriminator() {
		JsonCodec codec = JsonCodec.builder().discriminator("kind").build();
		assertThat(codec.discriminator()).isEqualTo("kind");
		assertThat(JsonCodec.defaults().discriminator()).isEqualTo("type");
		assertThat(text(codec.dumps(new Square(1)))).isEqualTo("{\"kind\":\"Square\",\"side\":1.0}");
		assertThat(codec.loads(bytes("{\"side\":1,\"kind\":\"Square\"}"), Shape.class)).isEqualTo(new Square(1));
		assertThat(codec.toBuilder().build().discriminator()).isEqualTo("kind");
		assertThatIllegalArgumentException().isThrownBy(() -> JsonCodec.builder().discriminator(""));
	}

	sealed interface Result<T> permits Ok, Err {
	}

	record Ok<T>(T value) implements Result<T> {
	}

	record Err<T>(String message) implements Result<T> {
	}

	record Reply(Result<List<Integer>> result) {
	}

	@Test
	void genericHierarchiesResolveTheirTypeArguments() {
		Result<Integer> ok = Json.loads(bytes("{\"value\":5,\"type\":\"Ok\"}"), new TypeRef<Result<Integer>>() {
		});
		assertThat(ok).isEqualTo(new Ok<>(5));
		assertThat(((Ok<Integer>) ok).value()).isInstanceOf(Integer.class);
		Reply reply = Json.loads(bytes("{\"result\":{\"type\":\"Ok\",\"value\":[1,2]}}"), Reply.class);
		assertThat(reply).isEqualTo(new Reply(new Ok<>(List.of(1, 2))));
		assertThatThrownBy(() -> Json.loads(bytes("{\"result\":{\"type\":\"Ok\",\"value\":[\"x\"]}}"), Reply.class))
			.isInstanceOf(JsonDecodeException.class)
			.hasMessage("expected int but found a string at $.result.value[0]: line 1 column 33 (char 32)");
		assertThat(text(Json.dumps(new Reply(new Err<>("no"))))).isEqualTo("{\"result\":{\"type\":\"Err\",\"message\":\"no\"}}");
	}

	sealed interface Vehicle permits Car, Bike {
	}

	record Car(int seats) implements Vehicle {
	}

	/** A non-sealed member: its own subclasses are outside the closed set. */
	public static non-sealed class Bike implements Vehicle {

		public int gears;
	}

	public static final class Tandem extends Bike {
	}

	@Test
	void aClassOutsideTheClosedSetFailsOnWriteNamingIt() {
		Bike bike = new Bike();
		bike.gears = 3;
		assertThat(text(Json.dumps(bike))).isEqualTo("{\"type\":\"Bike\",\"gears\":3}");
		assertThatThrownBy(() -> Json.dumps(List.of(new Tandem()))).isInstanceOf(JsonEncodeException.class)
			.hasMessage("Type is not JSON serializable: io.jsoncore.SealedTypesTest$Tandem is outside the closed set of "
					+ "the sealed io.jsoncore.SealedTypesTest$Vehicle (it extends a non-sealed member): no discriminator "
					+ "names it, so it could never be read back; make it a permitted subclass, or write another class");
		assertThat(Json.loads(bytes("{\"gears\":2,\"type\":\"Bike\"}"), Vehicle.class)).isInstanceOf(Bike.class);
	}

	sealed interface Twins permits First, Second {
	}

	@JsonTypeName("same")
	record First(int a) implements Twins {
	}

	@JsonTypeName("same")
	record Second(int b) implements Twins {
	}

	sealed interface Tagged permits Clash {
	}

	record Clash(String type) implements Tagged {
	}

	sealed interface Unit permits Meter, Foot {
	}

	enum Meter implements Unit {
		ONE
	}

	record Foot(int count) implements Unit {
	}

	@Test
	void badHierarchiesFailAtFirstUseNamingTheClasses() {
		assertThatIllegalArgumentException().isThrownBy(() -> Json.loads(bytes("{}"), Twins.class))
			.withMessage("Cannot read io.jsoncore.SealedTypesTest$Twins: two of its subtypes, "
					+ "io.jsoncore.SealedTypesTest$First and io.jsoncore.SealedTypesTest$Second, have the name \"same\"; "
					+ "give one of them another with @JsonTypeName");
		assertThatIllegalArgumentException().isThrownBy(() -> Json.loads(bytes("{}"), Tagged.class))
			.withMessage("Cannot read io.jsoncore.SealedTypesTest$Clash: its property \"type\" has the name of its "
					+ "discriminator; rename one of them");
		assertThatThrownBy(() -> Json.dumps(new Clash("x"))).isInstanceOf(JsonEncodeException.class)
			.hasMessage("Type is not JSON serializable: io.jsoncore.SealedTypesTest$Clash: its property \"type\" has "
					+ "the name of its discriminator; rename one of them");
		// under another discriminator the same class is fine
		JsonCodec kind = JsonCodec.builder().discriminator("kind").build();
		assertThat(text(kind.dumps(new Clash("x")))).isEqualTo("{\"kind\":\"Clash\",\"type\":\"x\"}");
		assertThat(kind.loads(bytes("{\"type\":\"x\",\"kind\":\"Clash\"}"), Tagged.class)).isEqualTo(new Clash("x"));
		assertThatIllegalArgumentException().isThrownBy(() -> Json.loads(bytes("{}"), Unit.class))
			.withMessage("Cannot read io.jsoncore.SealedTypesTest$Unit: its subtype io.jsoncore.SealedTypesTest$Meter "
					+ "is an enum, which cannot carry a discriminator; make it a record or a class with properties");
	}

	record Renamed(@JsonProperty("type") String kind) implements Tagged2 {
	}

	sealed interface Tagged2 permits Renamed {
	}

	@Test
	void aPropertyRenamedToTheDiscriminatorClashesToo() {
		assertThatThrownBy(() -> Json.dumps(new Renamed("a"))).isInstanceOf(JsonEncodeException.class)
			.hasMessageContaining("its property \"type\" has the name of its discriminator");
	}

	@Test
	void passthroughRecordStillSendsMembersToTheFallback() {
		byte[] json = Json.dumps(new Circle(1), (value) -> "circle", JsonOption.PASSTHROUGH_RECORD);
		assertThat(text(json)).isEqualTo("\"circle\"");
	}
}
