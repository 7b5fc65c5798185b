package io.jsoncore;

import java.beans.ConstructorProperties;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.tools.ToolProvider;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Immutable classes, read through their one constructor with its parameters matched to properties by name, as
 * Jackson 3 reads them; written through their getters as beans are. The tests compile with {@code -parameters}, as
 * Spring Boot's build plugins compile an application.
 */
class ImmutableClassTest {

	/** As Lombok's {@code @Value} makes it: final fields, one constructor, getters. */
	public static final class Person {

		private final String name;

		private final int age;

		private final List<String> tags;

		public Person(String name, int age, List<String> tags) {
			this.name = name;
			this.age = age;
			this.tags = tags;
		}

		public String getName() {
			return this.name;
		}

		public int getAge() {
			return this.age;
		}

		public List<String> getTags() {
			return this.tags;
		}
	}

	private static String text(byte[] json) {
		return new String(json, StandardCharsets.UTF_8);
	}

	@Test
	void readsThroughTheOneConstructorAndWritesThroughTheGetters() {
		Person person = Json.loads("{\"tags\":[\"a\"],\"age\":36,\"name\":\"ann\",\"other\":1}".getBytes(), Person.class);
		assertThat(person.getName()).isEqualTo("ann");
		assertThat(person.getAge()).isEqualTo(36);
		assertThat(person.getTags()).containsExactly("a");
		assertThat(text(Json.dumps(person))).isEqualTo("{\"name\":\"ann\",\"age\":36,\"tags\":[\"a\"]}");
	}

	@Test
	void aMissingPropertyIsNullOrZero() {
		Person person = Json.loads("{}".getBytes(), Person.class);
		assertThat(person.getName()).isNull();
		assertThat(person.getAge()).isZero();
	}

	public static final class Name {

		private final String value;

		public Name(String value) {
			this.value = value;
		}

		public String getValue() {
			return this.value;
		}
	}

	@Test
	void aOneParameterConstructorReadsAPropertyNotTheWholeValue() {
		assertThat(Json.loads("{\"value\":\"x\"}".getBytes(), Name.class).getValue()).isEqualTo("x");
		assertThatThrownBy(() -> Json.loads("\"x\"".getBytes(), Name.class)).isInstanceOf(JsonDecodeException.class)
			.hasMessage("expected io.jsoncore.ImmutableClassTest$Name but found a string at $: line 1 column 1 (char 0)");
	}

	public static final class Point {

		final int x;

		final int y;

		public Point(String text) {
			this(Integer.parseInt(text.split(",")[0]), Integer.parseInt(text.split(",")[1]));
		}

		@ConstructorProperties({ "x", "y" })
		public Point(int first, int second) {
			this.x = first;
			this.y = second;
		}
	}

	@Test
	void constructorPropertiesChoosesTheConstructorAndNamesItsParameters() {
		Point point = Json.loads("{\"y\":2,\"x\":1}".getBytes(), Point.class);
		assertThat(point.x).isEqualTo(1);
		assertThat(point.y).isEqualTo(2);
	}

	public static final class Visible {

		final int a;

		private Visible(String ignored) {
			this.a = -1;
		}

		public Visible(int a) {
			this.a = a;
		}
	}

	@Test
	void ofSeveralConstructorsTheOnlyPublicOneIsRead() {
		assertThat(Json.loads("{\"a\":5}".getBytes(), Visible.class).a).isEqualTo(5);
	}

	public static final class Named {

		final String firstName;

		final String code;

		public Named(String firstName, @JsonProperty("c") String code) {
			this.firstName = firstName;
			this.code = code;
		}
	}

	@Test
	void theNamingStrategyAppliesToParameterNamesButNotToJsonProperty() {
		JsonCodec snake = JsonCodec.builder().propertyNaming(PropertyNaming.SNAKE_CASE).build();
		Named named = snake.loads("{\"first_name\":\"ann\",\"c\":\"x\"}", Named.class);
		assertThat(named.firstName).isEqualTo("ann");
		assertThat(named.code).isEqualTo("x");
	}

	public static class WithSetters {

		int value;

		public WithSetters() {
		}

		public WithSetters(int value) {
			this.value = -value;
		}

		public void setValue(int value) {
			this.value = value;
		}
	}

	@Test
	void aClassWithANoArgumentConstructorStaysABean() {
		assertThat(Json.loads("{\"value\":3}".getBytes(), WithSetters.class).value).isEqualTo(3);
	}

	@Test
	void withoutParameterNamesTheErrorSaysToCompileWithParameters(@TempDir Path dir) throws Exception {
		Path source = dir.resolve("Nameless.java");
		Files.writeString(source, "public final class Nameless { public Nameless(int size) { } }");
		assertThat(ToolProvider.getSystemJavaCompiler().run(null, null, null, "--release", "17", "-d", dir.toString(),
				source.toString())).isZero();
		try (URLClassLoader loader = new URLClassLoader(new URL[] { dir.toUri().toURL() })) {
			Class<?> nameless = loader.loadClass("Nameless");
			assertThatIllegalArgumentException().isThrownBy(() -> Json.loads("{\"size\":1}".getBytes(), nameless))
				.withMessage("Cannot read Nameless: parameter 0 of its constructor public Nameless(int) has no name; "
						+ "compile with -parameters (Spring Boot's Maven and Gradle plugins do), or add "
						+ "@JsonProperty(\"name\") to it");
		}
	}
}
