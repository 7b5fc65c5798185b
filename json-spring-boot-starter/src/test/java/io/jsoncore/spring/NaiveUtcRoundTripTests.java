package io.jsoncore.spring;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;

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
 * An app that writes {@code LocalDateTime} with a zero offset ({@code naive-utc}, and {@code utc-z}) reads back
 * what it writes: the body it sends is the body it accepts. Any other offset is still a 400.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.json.options=naive-utc")
class NaiveUtcRoundTripTests {

	@LocalServerPort
	int port;

	record Meeting(String title, LocalDateTime at) {
	}

	@RestController
	static class MeetingController {

		@GetMapping("/meeting")
		Meeting meeting() {
			return new Meeting("standup", LocalDateTime.of(2026, 12, 4, 3, 4, 5));
		}

		@PostMapping("/meeting")
		Meeting echo(@RequestBody Meeting meeting) {
			return meeting;
		}
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(MeetingController.class)
	static class MeetingApplication {
	}

	@Test
	void whatTheAppWritesItReadsBack() throws Exception {
		HttpResponse<String> written = HttpCalls.get(uri());
		assertThat(written.body()).isEqualTo("{\"title\":\"standup\",\"at\":\"2026-12-04T03:04:05+00:00\"}");
		HttpResponse<String> echoed = HttpCalls.postJson(uri(), written.body());
		assertThat(echoed.statusCode()).isEqualTo(200);
		assertThat(echoed.body()).isEqualTo(written.body());
		assertThat(HttpCalls.postJson(uri(), "{\"title\":\"z\",\"at\":\"2026-12-04T03:04:05Z\"}").body())
			.isEqualTo("{\"title\":\"z\",\"at\":\"2026-12-04T03:04:05+00:00\"}");
	}

	@Test
	void anotherOffsetIsABadRequest() throws Exception {
		String body = "{\"title\":\"x\",\"at\":\"2026-12-04T03:04:05+01:00\"}";
		assertThat(HttpCalls.postJson(uri(), body).statusCode()).isEqualTo(400);
	}

	private URI uri() {
		return URI.create("http://localhost:" + this.port + "/meeting");
	}
}
