package io.jsoncore.spring;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Boot writes actuator responses with its own endpoint JsonMapper: they answer byte for byte the same with the
 * starter as without it, while the app's own bodies go through json-core.
 */
class ActuatorTests {

	private static final String[] PATHS = { "/actuator", "/actuator/health", "/actuator/info", "/when" };

	private final HttpClient client = HttpClient.newHttpClient();

	@RestController
	static class WhenController {

		@GetMapping("/when")
		Map<String, LocalDateTime> when() {
			return Map.of("when", LocalDateTime.of(2026, 11, 22, 1, 9, 54, 123_000_000));
		}
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(WhenController.class)
	static class ActuatorApplication {
	}

	@Test
	void healthAndInfoAnswerAsWithoutTheStarter() throws Exception {
		Map<String, String> withStarter = bodies(true);
		Map<String, String> withJackson = bodies(false);
		for (String path : new String[] { "/actuator", "/actuator/health", "/actuator/info" }) {
			assertThat(withStarter.get(path)).as(path).isEqualTo(withJackson.get(path));
		}
		assertThat(withStarter.get("/actuator/health"))
			.isEqualTo("200 {\"groups\":[\"liveness\",\"readiness\"],\"status\":\"UP\"}");
		assertThat(withStarter.get("/actuator/info")).isEqualTo("200 {\"app\":{\"codec\":\"\",\"name\":\"demo\"}}");
	}

	@Test
	void appBodiesStillGoThroughJsonCore() throws Exception {
		// orjson's datetime text (microseconds) from json-core; Jackson writes 2026-11-22T01:09:54.123
		assertThat(bodies(true).get("/when")).isEqualTo("200 {\"when\":\"2026-11-22T01:09:54.123000\"}");
		assertThat(bodies(false).get("/when")).isEqualTo("200 {\"when\":\"2026-11-22T01:09:54.123\"}");
	}

	private Map<String, String> bodies(boolean starter) throws Exception {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ActuatorApplication.class)
			.properties("server.port=0", "spring.json.enabled=" + starter,
					"management.endpoints.web.exposure.include=health,info", "management.info.env.enabled=true",
					"info.app.name=demo", "info.app.codec=")
			.run()) {
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			Map<String, String> bodies = new LinkedHashMap<>();
			for (String path : PATHS) {
				HttpResponse<String> response = this.client.send(
						HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
						HttpResponse.BodyHandlers.ofString());
				bodies.put(path, response.statusCode() + " " + response.body().replace(":" + port + "/", ":PORT/"));
			}
			return bodies;
		}
	}
}
