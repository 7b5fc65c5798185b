package io.jsoncore.spring;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import io.netty.buffer.ByteBufAllocator;
import io.netty.util.ResourceLeakDetector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.reactive.context.ReactiveWebServerApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

/**
 * A WebFlux app on Reactor Netty, read with the JDK's HttpClient for the exact bytes and with a WebClient from
 * Boot's builder (spring-boot-webclient, whose auto-configuration applies our CodecCustomizer).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.main.web-application-type=reactive", "spring.json.options=sort-keys",
				"spring.http.codecs.max-in-memory-size=2KB", "spring.json.buffer-size=4KB" })
class WebFluxTests {

	// Every buffer Netty hands out is tracked, and what Netty and Reactor Netty log is taken for the whole class
	// (from the first test on, once Boot has set up logging): a buffer released twice, or never, fails the class.
	private static final ResourceLeakDetector.Level leakDetection = ResourceLeakDetector.getLevel();

	private static CapturedLogs nettyLogs;

	@BeforeAll
	static void trackEveryBuffer() {
		ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.PARANOID);
	}

	@BeforeEach
	void captureNettyLogs() {
		if (nettyLogs == null) {
			nettyLogs = new CapturedLogs("reactor.netty", "io.netty");
		}
	}

	@AfterAll
	static void noBufferWasReleasedTwiceOrLeaked() throws InterruptedException {
		try {
			// Netty reports a leak when it next tracks a buffer after the leaked one was collected
			System.gc();
			Thread.sleep(100);
			for (int i = 0; i < 100; i++) {
				ByteBufAllocator.DEFAULT.buffer(16).release();
			}
			assertThat(nettyLogs.events()).noneMatch((event) -> event.startsWith("ERROR ") || event.contains("LEAK:"));
		}
		finally {
			nettyLogs.close();
			nettyLogs = null;
			ResourceLeakDetector.setLevel(leakDetection);
		}
	}

	@LocalServerPort
	int port;

	@Autowired
	ReactiveWebServerApplicationContext context;

	@Autowired
	WebClient.Builder webClientBuilder;

	private final HttpClient client = HttpClient.newHttpClient();

	record Line(String sku, int qty) {
	}

	record When(LocalDateTime when) {
	}

	static final List<Line> LINES = List.of(new Line("A-1", 2), new Line("B-2", 3));

	@RestController
	static class ReactiveController {

		@GetMapping("/line")
		Mono<Line> line() {
			return Mono.just(LINES.get(0));
		}

		@GetMapping(path = "/lines", produces = { MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_NDJSON_VALUE })
		Flux<Line> lines() {
			return Flux.fromIterable(LINES);
		}

		@GetMapping("/none")
		Flux<Line> none() {
			return Flux.empty();
		}

		@GetMapping(path = "/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
		Flux<Line> events() {
			return Flux.fromIterable(LINES);
		}

		// RFC 3339's space before the time: json-core reads it, Jackson's LocalDateTime parsing does not
		@GetMapping("/when")
		Mono<Map<String, String>> when() {
			return Mono.just(Map.of("when", "2026-11-22 01:09:54"));
		}

		@GetMapping("/map")
		Mono<Map<String, Integer>> map() {
			return Mono.just(Map.of("b", 1, "a", 2));
		}

		@GetMapping("/text")
		Mono<String> text() {
			return Mono.just("plain");
		}

		@PostMapping("/total")
		Mono<Integer> total(@RequestBody Flux<Line> lines) {
			return lines.map(Line::qty).reduce(0, Integer::sum);
		}

		// about 22 bytes a line: past 4 KB from 200 lines on
		@GetMapping("/many")
		Mono<List<Line>> many(@RequestParam("lines") int lines) {
			return Mono.just(Collections.nCopies(lines, LINES.get(0)));
		}

		@GetMapping("/many-then-unwritable")
		List<Object> manyThenUnwritable() {
			List<Object> values = new ArrayList<>(Collections.nCopies(1000, LINES.get(0)));
			values.add(new Object());
			return values;
		}

		@PostMapping("/count")
		Mono<Integer> count(@RequestBody Mono<List<Line>> lines) {
			return lines.map(List::size);
		}
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(ReactiveController.class)
	static class ReactiveApplication {
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
	}

	private HttpResponse<String> post(String path, String contentType, String body) throws Exception {
		return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	@Test
	void servesOnReactorNetty() {
		assertThat(this.context.getWebServer().getClass().getSimpleName()).isEqualTo("NettyWebServer");
	}

	@Test
	void monoIsOneDocument() throws Exception {
		HttpResponse<String> response = send(request("/line"));
		assertThat(response.body()).isEqualTo("{\"sku\":\"A-1\",\"qty\":2}");
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
		assertThat(response.headers().firstValue("Content-Length")).hasValue("21");
	}

	@Test
	void singleValueWithinTheBufferIsSentWholeAndALargerOneInChunks() throws Exception {
		HttpResponse<String> small = send(request("/many?lines=100"));
		assertThat(small.body()).isEqualTo(manyLines(100));
		assertThat(small.headers().firstValue("Content-Length")).hasValue("2201");
		assertThat(small.headers().firstValue("Transfer-Encoding")).isEmpty();
		HttpResponse<String> large = send(request("/many?lines=5000"));
		assertThat(large.body()).isEqualTo(manyLines(5000));
		assertThat(large.headers().firstValue("Content-Type")).hasValue("application/json");
		assertThat(large.headers().firstValue("Content-Length")).isEmpty();
		assertThat(large.headers().firstValue("Transfer-Encoding")).hasValue("chunked");
		assertThat(send(request("/many?lines=0")).body()).isEqualTo("[]");
	}

	@Test
	void encodingErrorAfterTheFirstChunkBreaksTheResponse() throws Exception {
		try (CapturedLogs spring = new CapturedLogs("org.springframework.web.server.adapter.HttpWebHandlerAdapter")) {
			// the client sees a broken response, never a complete-looking one
			assertThatIOException().isThrownBy(() -> send(request("/many-then-unwritable")));
			String error = "EncodingException: Could not write JSON: Type is not JSON serializable: java.lang.Object";
			assertThat(spring.takeErrors(1, 2_000)).singleElement().asString()
				.contains("for HTTP GET \"/many-then-unwritable\", but ServerHttpResponse already committed (200 OK)");
			assertThat(nettyLogs.takeErrors(1, 2_000)).singleElement().asString()
				.contains("Error finishing response. Closing connection").contains(error);
		}
		assertThat(send(request("/line")).statusCode()).isEqualTo(200);
	}

	private static String manyLines(int count) {
		return "[" + String.join(",", Collections.nCopies(count, "{\"sku\":\"A-1\",\"qty\":2}")) + "]";
	}

	@Test
	void optionsFromPropertiesApply() throws Exception {
		assertThat(send(request("/map")).body()).isEqualTo("{\"a\":2,\"b\":1}");
	}

	@Test
	void fluxIsOneJsonArray() throws Exception {
		assertThat(send(request("/lines")).body()).isEqualTo("[{\"sku\":\"A-1\",\"qty\":2},{\"sku\":\"B-2\",\"qty\":3}]");
		assertThat(send(request("/none")).body()).isEqualTo("[]");
	}

	@Test
	void fluxAsNdjsonIsOneDocumentPerLine() throws Exception {
		HttpResponse<String> response = send(request("/lines").header("Accept", "application/x-ndjson"));
		assertThat(response.body()).isEqualTo("{\"sku\":\"A-1\",\"qty\":2}\n{\"sku\":\"B-2\",\"qty\":3}\n");
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/x-ndjson");
	}

	@Test
	void serverSentEventDataIsJsonCore() throws Exception {
		assertThat(send(request("/events")).body())
			.isEqualTo("data:{\"sku\":\"A-1\",\"qty\":2}\n\ndata:{\"sku\":\"B-2\",\"qty\":3}\n\n");
	}

	@Test
	void actuatorHealthStaysWithBootsEndpointMapper() throws Exception {
		// json-core would write the @JsonUnwrapped status as {"status":{"status":"UP"}}
		assertThat(send(request("/actuator/health")).body()).isEqualTo("{\"groups\":[\"liveness\",\"readiness\"],\"status\":\"UP\"}");
	}

	@Test
	void stringStaysText() throws Exception {
		assertThat(send(request("/text")).body()).isEqualTo("plain");
	}

	@Test
	void fluxRequestBodyIsReadFromAJsonArrayAndFromNdjson() throws Exception {
		assertThat(post("/total", "application/json", "[{\"sku\":\"A-1\",\"qty\":2},{\"sku\":\"B-2\",\"qty\":5}]").body())
			.isEqualTo("7");
		assertThat(post("/total", "application/x-ndjson", "{\"sku\":\"A-1\",\"qty\":2}\n\n{\"sku\":\"B-2\",\"qty\":5}")
			.body()).isEqualTo("7");
	}

	@Test
	void malformedBodyIsA400WithoutStackTrace() throws Exception {
		HttpResponse<String> response = post("/total", "application/json", "[{\"sku\":\"A-1\",\"qty\":2},]");
		assertThat(response.statusCode()).isEqualTo(400);
		// Boot's error map, written by json-core with sort-keys
		assertThat(response.body()).matches("\\{\"error\":\"Bad Request\",\"path\":\"/total\",\"requestId\":\"[^\"]+\","
				+ "\"status\":400,\"timestamp\":\"[-0-9T:.]+\\+00:00\"}");
	}

	@Test
	void bodyOverTheCodecLimitIsA413() throws Exception {
		String large = "[" + "{\"sku\":\"A-1\",\"qty\":2},".repeat(200) + "{\"sku\":\"A-1\",\"qty\":2}]";
		assertThat(post("/total", "application/json", large).statusCode()).isEqualTo(413);
		assertThat(post("/count", "application/json", large).statusCode()).isEqualTo(413);
		String longLine = "{\"sku\":\"" + "A".repeat(3000) + "\",\"qty\":2}\n";
		assertThat(post("/total", "application/x-ndjson", longLine).statusCode()).isEqualTo(413);
		// the connections that sent them are still good for a body within the limit
		assertThat(post("/count", "application/json", "[{\"sku\":\"A-1\",\"qty\":2}]").body()).isEqualTo("1");
		assertThat(nettyLogs.awaitErrors(500)).isEmpty(); // Reactor Netty would log a double release after the 413
	}

	@Test
	void bootsWebClientReadsThroughJsonCore() {
		WebClient client = this.webClientBuilder.baseUrl("http://localhost:" + this.port).build();
		When when = client.get().uri("/when").retrieve().bodyToMono(When.class).block(Duration.ofSeconds(10));
		assertThat(when).isEqualTo(new When(LocalDateTime.of(2026, 11, 22, 1, 9, 54)));
		List<Line> events = client.get().uri("/events").retrieve().bodyToFlux(Line.class).collectList()
			.block(Duration.ofSeconds(10));
		assertThat(events).isEqualTo(LINES);
		Integer total = client.post().uri("/total").bodyValue(LINES).retrieve().bodyToMono(Integer.class)
			.block(Duration.ofSeconds(10));
		assertThat(total).isEqualTo(5);
	}
}
