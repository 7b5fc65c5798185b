package io.jsoncore.spring;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.jsoncore.Fragment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import static org.assertj.core.api.Assertions.assertThat;

/** A real embedded server and a real HTTP client: the bytes on the wire are json-core's. */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.json.options=non-str-keys, sort-keys", "spring.json.max-request-size=1KB",
				"spring.json.max-object-properties=3" })
class JsonCoreWebTests {

	@LocalServerPort
	int port;

	@Autowired
	io.jsoncore.JsonCodec codec;

	private final HttpClient client = HttpClient.newHttpClient();

	record Line(String sku, int qty) {
	}

	record Order(long id, LocalDate day, List<Line> lines) {
	}

	record When(java.time.LocalDateTime when) {
	}

	@SpringBootApplication
	@RestController
	static class TestApplication {

		@GetMapping("/order")
		Order order() {
			return new Order(7, LocalDate.of(2026, 11, 22), List.of(new Line("A-1", 2)));
		}

		@GetMapping("/map")
		Map<Long, Object> map() {
			return Map.of(2L, "b", 1L, new Fragment("{\"raw\":true}"));
		}

		// RFC 3339's space before the time: json-core reads it, Jackson's default LocalDateTime parsing does not
		@GetMapping("/when")
		Map<String, String> when() {
			return Map.of("when", "2026-11-22 01:09:54");
		}

		@GetMapping("/events")
		SseEmitter events() throws java.io.IOException {
			SseEmitter emitter = new SseEmitter();
			emitter.send(new Line("A-1", 2));
			emitter.send(SseEmitter.event().name("total").data(Map.of("b", 2, "a", 1)));
			emitter.complete();
			return emitter;
		}

		@GetMapping("/text")
		String text() {
			return "plain";
		}

		@PostMapping("/total")
		int total(@RequestBody List<Order> orders) {
			return orders.stream().flatMap((order) -> order.lines().stream()).mapToInt(Line::qty).sum();
		}
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, String body) throws Exception {
		return this.client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void sseEmitterDataIsJsonCore() throws Exception {
		HttpResponse<String> response = get("/events");
		assertThat(response.body())
			.isEqualTo("data:{\"sku\":\"A-1\",\"qty\":2}\n\nevent:total\ndata:{\"a\":1,\"b\":2}\n\n");
		assertThat(response.headers().firstValue("Content-Type")).hasValue("text/event-stream");
	}

	@Test
	void writesRecordsWithJsonCore() throws Exception {
		HttpResponse<String> response = get("/order");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
		assertThat(response.body()).isEqualTo("{\"id\":7,\"day\":\"2026-11-22\",\"lines\":[{\"sku\":\"A-1\",\"qty\":2}]}");
		assertThat(response.headers().firstValue("Content-Length")).hasValue(String.valueOf(response.body().length()));
	}

	@Test
	void optionsFromPropertiesShapeTheBytes() throws Exception {
		assertThat(get("/map").body()).isEqualTo("{\"1\":{\"raw\":true},\"2\":\"b\"}");
	}

	@Test
	void stringsStayPlainText() throws Exception {
		HttpResponse<String> response = get("/text");
		assertThat(response.body()).isEqualTo("plain");
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
	}

	@Test
	void readsGenericRequestBodies() throws Exception {
		HttpResponse<String> response = post("/total",
				"[{\"id\":1,\"lines\":[{\"sku\":\"a\",\"qty\":2},{\"sku\":\"b\",\"qty\":3}]},{\"id\":2,\"lines\":[{\"qty\":5}]}]");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("10");
	}

	@Test
	void readsRequestBodiesInOtherCharsets() throws Exception {
		String json = "[{\"id\":1,\"lines\":[{\"sku\":\"é😀\",\"qty\":4}]}]";
		HttpResponse<String> response = this.client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/total"))
			.header("Content-Type", "application/json;charset=UTF-16")
			.POST(HttpRequest.BodyPublishers.ofByteArray(json.getBytes(java.nio.charset.StandardCharsets.UTF_16)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("4");
	}

	@Test
	void restClientFromBootsBuilderReadsWithJsonCore(@Autowired org.springframework.web.client.RestClient.Builder builder) {
		When when = builder.baseUrl("http://localhost:" + this.port).build().get().uri("/when").retrieve().body(When.class);
		assertThat(when).isEqualTo(new When(java.time.LocalDateTime.of(2026, 11, 22, 1, 9, 54)));
	}

	@Test
	void bodyOverTheSizeLimitIsA413() throws Exception {
		String big = "[" + "{\"id\":1,\"lines\":[]},".repeat(100) + "{\"id\":2}]";
		HttpResponse<String> response = post("/total", big);
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(post("/total", "[{\"id\":2,\"lines\":[{\"qty\":1}]}]").statusCode()).isEqualTo(200);
	}

	@Test
	void malformedBodyIsA400WithoutAStackTrace() throws Exception {
		HttpResponse<String> response = post("/total", "[{\"id\":1,}]");
		assertThat(response.statusCode()).isEqualTo(400);
		// Boot's error body, written by json-core: sort-keys orders it, and the timestamp is orjson's UTC form
		assertThat(response.body()).startsWith("{\"error\":\"Bad Request\",\"path\":\"/total\",\"status\":400,\"timestamp\":\"")
			.endsWith("+00:00\"}")
			.doesNotContain("Exception");
	}

	@Test
	void bodyOverAParserLimitIsA400(CapturedOutput output) throws Exception {
		assertThat(post("/total", "[{\"id\":1,\"day\":null,\"lines\":[]}]").statusCode()).isEqualTo(200);
		HttpResponse<String> response = post("/total", "[{\"id\":1,\"day\":null,\"lines\":[],\"extra\":0}]");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(output.getAll()).contains("Could not read JSON: object has more than 3 properties "
				+ "(maxObjectProperties): line 1 column 32 (char 31)");
	}

	@Test
	void theContextHoldsTheConfiguredCodec() {
		assertThat(this.codec.options()).containsExactly(io.jsoncore.JsonOption.NON_STR_KEYS, io.jsoncore.JsonOption.SORT_KEYS);
	}
}
