package io.jsoncore.spring;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;

import io.jsoncore.JsonCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Responses up to {@code spring.json.buffer-size} go out whole with a length; larger ones stream, and a failure
 * after the first chunk breaks the connection instead of ending a wrong body cleanly.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spring.json.buffer-size=1KB")
@ExtendWith(OutputCaptureExtension.class)
class StreamingResponseTests {

	@LocalServerPort
	int port;

	@Autowired
	JsonCodec codec;

	private final HttpClient client = HttpClient.newHttpClient();

	record Row(int id, String name) {
	}

	static final class Unwritable {

	}

	static List<Row> rows(int count) {
		return new AbstractList<>() {
			@Override
			public Row get(int index) {
				return new Row(index, "row-" + index);
			}

			@Override
			public int size() {
				return count;
			}
		};
	}

	@RestController
	static class RowsController {

		@GetMapping("/rows")
		List<Row> rows(@RequestParam("count") int count) {
			return StreamingResponseTests.rows(count);
		}

		// An element json-core cannot write, after `count` good ones
		@GetMapping("/broken")
		List<Object> broken(@RequestParam("count") int count) {
			List<Object> body = new ArrayList<>(StreamingResponseTests.rows(count));
			body.add(new Unwritable());
			return body;
		}
	}

	/** Counts finished requests, so a test knows when the server is done with one the client dropped. */
	static final class Completions implements HandlerInterceptor, WebMvcConfigurer {

		static final AtomicInteger count = new AtomicInteger();

		@Override
		public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
				@Nullable Exception ex) {
			count.incrementAndGet();
		}

		@Override
		public void addInterceptors(InterceptorRegistry registry) {
			registry.addInterceptor(this);
		}
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import({ RowsController.class, Completions.class })
	static class StreamingApplication {
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void responseWithinTheBufferHasItsLength() throws Exception {
		HttpResponse<String> response = get("/rows?count=3");
		assertThat(response.body()).isEqualTo("[{\"id\":0,\"name\":\"row-0\"},{\"id\":1,\"name\":\"row-1\"},"
				+ "{\"id\":2,\"name\":\"row-2\"}]");
		assertThat(response.headers().firstValue("Content-Length")).hasValue("73");
		assertThat(response.headers().firstValue("Transfer-Encoding")).isEmpty();
	}

	@Test
	void largerResponseStreamsInChunks() throws Exception {
		HttpResponse<String> response = get("/rows?count=5000");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo(new String(this.codec.dumps(rows(5000))));
		assertThat(response.headers().firstValue("Content-Length")).isEmpty();
		assertThat(response.headers().firstValue("Transfer-Encoding")).hasValue("chunked");
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
	}

	@Test
	void failureWithinTheBufferIsAClean500() throws Exception {
		HttpResponse<String> response = get("/broken?count=2");
		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.body()).startsWith("{\"timestamp\":\"")
			.endsWith("\"status\":500,\"error\":\"Internal Server Error\",\"path\":\"/broken\"}")
			.doesNotContain("Unwritable", "at io.jsoncore");
	}

	@Test
	void clientThatDisconnectsIsNotAnError(CapturedOutput output) throws Exception {
		int before = Completions.count.get();
		int mark = output.getAll().length();
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.getOutputStream().write("GET /rows?count=2000000 HTTP/1.1\r\nHost: localhost\r\n\r\n"
				.getBytes(StandardCharsets.US_ASCII));
			assertThat(socket.getInputStream().readNBytes(64 * 1024)).hasSize(64 * 1024);
		}
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
		while (Completions.count.get() == before && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		assertThat(Completions.count.get()).as("the server finished the dropped request").isGreaterThan(before);
		assertThat(output.getAll().substring(mark)).doesNotContain(" WARN ", " ERROR ", "Exception");
	}

	@Test
	void failureAfterTheFirstChunkBreaksTheConnection() throws InterruptedException {
		// Tomcat logs the failed request at ERROR: taken here and asserted, not printed
		try (CapturedLogs logs = new CapturedLogs("org.apache.catalina.core.ContainerBase")) {
			assertThatExceptionOfType(IOException.class).isThrownBy(() -> get("/broken?count=5000"));
			String aborted = "io.jsoncore.spring.ResponseAbortedException: Could not write JSON after ";
			assertThat(logs.awaitErrors(10_000)).singleElement()
				.asString()
				.startsWith("ERROR Servlet.service() for servlet [dispatcherServlet]")
				.contains(aborted)
				.contains("bytes were sent, response aborted: Type is not JSON serializable: "
						+ "io.jsoncore.spring.StreamingResponseTests$Unwritable");
		}
	}
}
