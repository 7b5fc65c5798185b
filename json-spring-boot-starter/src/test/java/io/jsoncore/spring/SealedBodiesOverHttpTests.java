package io.jsoncore.spring;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first example: a sealed {@code Shape} request body, which was a 500, is read by its discriminator
 * wherever it stands, and shapes are written with theirs; an unknown or missing one is a 400 that says which names
 * are allowed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SealedBodiesOverHttpTests {

	@LocalServerPort
	int port;

	sealed interface Shape permits Circle, Square {
	}

	record Circle(double radius) implements Shape {
	}

	record Square(double side) implements Shape {
	}

	record Drawing(String title, List<Shape> shapes) {
	}

	@RestController
	static class ShapeController {

		@GetMapping("/drawing")
		Drawing drawing() {
			return new Drawing("d", List.of(new Circle(1.5), new Square(2)));
		}

		@PostMapping("/area")
		String area(@RequestBody Shape shape) {
			// Java 17: no pattern switch yet
			double area = (shape instanceof Circle circle) ? Math.PI * circle.radius() * circle.radius()
					: ((Square) shape).side() * ((Square) shape).side();
			return String.format(java.util.Locale.ROOT, "%s %.2f", shape.getClass().getSimpleName(), area);
		}
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(ShapeController.class)
	static class ShapeApplication {

	}

	@Test
	void shapesAreWrittenWithTheirDiscriminators() throws Exception {
		HttpResponse<String> response = HttpCalls.get(uri("/drawing"));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("{\"title\":\"d\",\"shapes\":[{\"type\":\"Circle\",\"radius\":1.5},"
				+ "{\"type\":\"Square\",\"side\":2.0}]}");
	}

	@Test
	void aSealedRequestBodyIsReadByItsDiscriminatorWhereverItStands() throws Exception {
		assertThat(HttpCalls.postJson(uri("/area"), "{\"type\":\"Square\",\"side\":3}").body()).isEqualTo("Square 9.00");
		assertThat(HttpCalls.postJson(uri("/area"), "{\"radius\":1,\"type\":\"Circle\"}").body()).isEqualTo("Circle 3.14");
	}

	@Test
	void anUnknownDiscriminatorIsABadRequest() throws Exception {
		HttpResponse<String> response = HttpCalls.postJson(uri("/area"), "{\"type\":\"Hexagon\",\"side\":3}");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("at io.jsoncore");
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}
}
