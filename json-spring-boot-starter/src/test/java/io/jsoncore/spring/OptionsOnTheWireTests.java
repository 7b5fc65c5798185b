package io.jsoncore.spring;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/** Options set in properties reach the bytes on the wire, in every combination the converter must handle. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.json.options=indent-2, sort-keys, append-newline")
class OptionsOnTheWireTests {

	@LocalServerPort
	int port;

	@RestController
	static class ShapeController {

		@GetMapping("/shape")
		Map<String, Object> shape() {
			return Map.of("b", List.of(1, 2), "a", Map.of());
		}
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(ShapeController.class)
	static class OptionsApplication {
	}

	@Test
	void indentSortKeysAndAppendNewline() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/shape")).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(response.body()).isEqualTo("{\n  \"a\": {},\n  \"b\": [\n    1,\n    2\n  ]\n}\n");
		assertThat(response.headers().firstValue("Content-Length")).hasValue(String.valueOf(response.body().length()));
	}
}
