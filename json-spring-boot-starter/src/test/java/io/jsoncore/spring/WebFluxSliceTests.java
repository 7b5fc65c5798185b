package io.jsoncore.spring;

import java.time.LocalDateTime;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** A {@code @WebFluxTest} slice includes the starter's codecs, so WebTestClient sees the bytes the app serves. */
@WebFluxTest(properties = "spring.json.options=naive-utc")
class WebFluxSliceTests {

	@Autowired
	WebTestClient client;

	@RestController
	static class WhenController {

		@GetMapping("/when")
		Mono<Map<String, LocalDateTime>> when() {
			return Mono.just(Map.of("when", LocalDateTime.of(2026, 11, 22, 1, 9, 54)));
		}
	}

	@SpringBootConfiguration
	@Import(WhenController.class)
	static class SliceApplication {
	}

	@Test
	void sliceWritesWithJsonCoreAndItsOptions() {
		// naive-utc is json-core's: Jackson would write 2026-11-22T01:09:54
		this.client.get().uri("/when").exchange().expectBody(String.class)
			.isEqualTo("{\"when\":\"2026-11-22T01:09:54+00:00\"}");
	}
}
