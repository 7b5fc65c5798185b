package io.jsoncore.spring;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs in its own surefire execution whose classpath has no Jackson jar at all (see this module's pom): an app
 * that excludes Jackson from its dependencies serves and reads JSON through the starter alone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WithoutJacksonTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	private final HttpClient client = HttpClient.newHttpClient();

	record Line(String sku, int qty) {
	}

	record Order(long id, LocalDate day, List<Line> lines) {
	}

	@RestController
	static class OrderController {

		@GetMapping("/order")
		Order order() {
			return new Order(7, LocalDate.of(2026, 11, 22), List.of(new Line("A-1", 2)));
		}

		@PostMapping("/total")
		int total(@RequestBody List<Order> orders) {
			return orders.stream().flatMap((order) -> order.lines().stream()).mapToInt(Line::qty).sum();
		}
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(OrderController.class)
	static class NoJacksonApplication {
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
	}

	@Test
	void jacksonIsReallyAbsent() {
		assertThat(ClassUtils.isPresent("tools.jackson.databind.json.JsonMapper", null)).isFalse();
		assertThat(ClassUtils.isPresent("com.fasterxml.jackson.annotation.JsonProperty", null)).isFalse();
		assertThat(this.context.getBeanNamesForType(io.jsoncore.JsonCodec.class)).hasSize(1);
	}

	@Test
	void servesAndReadsJson() throws Exception {
		HttpResponse<String> order = send(request("/order"));
		assertThat(order.body()).isEqualTo("{\"id\":7,\"day\":\"2026-11-22\",\"lines\":[{\"sku\":\"A-1\",\"qty\":2}]}");
		assertThat(order.headers().firstValue("Content-Type")).hasValue("application/json");
		HttpResponse<String> total = send(request("/total").header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("[" + order.body() + "," + order.body() + "]")));
		assertThat(total.body()).isEqualTo("4");
	}

	@Test
	void malformedBodyIsA400WithBootsErrorMap() throws Exception {
		HttpResponse<String> response = send(request("/total").header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("[1,]")));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).matches("\\{\"timestamp\":\"[-0-9T:.]+\\+00:00\",\"status\":400,"
				+ "\"error\":\"Bad Request\",\"path\":\"/total\"}");
	}

	// A known difference, in the README: without Jackson, Boot has no endpoint JsonMapper and json-core writes
	// the health descriptor's getters as they are; the Jackson annotations that shape it (@JsonUnwrapped status,
	// @JsonInclude NON_EMPTY) are not on the classpath either. With Jackson present the body is Jackson's.
	@Test
	void actuatorHealthWithoutJacksonIsTheDescriptorsGetters() throws Exception {
		assertThat(send(request("/actuator/health")).body()).isEqualTo("{\"status\":{\"code\":\"UP\",\"description\":\"\"},"
				+ "\"components\":null,\"groups\":[\"liveness\",\"readiness\"],\"details\":null}");
	}
}
