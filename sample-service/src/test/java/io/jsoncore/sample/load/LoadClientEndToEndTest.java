package io.jsoncore.sample.load;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

import io.jsoncore.sample.ServiceHttp;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The load client against the app on a random port, as {@code sample-service/run http} runs it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = ServiceHttp.CORPUS_PROPERTY)
class LoadClientEndToEndTest {

	private static final byte[] ORDER = ("{\"id\":\"7202d115-7ff3-4c81-a7c1-2a1f067b1ece\","
			+ "\"placed\":\"2026-11-22T01:09:54+00:00\",\"lines\":[]}").getBytes(StandardCharsets.UTF_8);

	@LocalServerPort
	int port;

	private final ByteArrayOutputStream output = new ByteArrayOutputStream();

	@Test
	void oneSecondAgainstTheReferenceEndpointMakesRequestsWithoutAFailure() {
		LoadResult result = run(settings("/", Duration.ofSeconds(1), true, null));
		assertThat(result.requests()).isPositive();
		assertThat(result.errors()).isZero();
		assertThat(result.non200()).isZero();
		assertThat(result.unexpectedBodies()).isZero();
		assertThat(result.ok()).isTrue();
		assertThat(result.p50()).isPositive().isLessThanOrEqualTo(result.p99());
		assertThat(result.p99()).isLessThanOrEqualTo(result.max());
		assertThat(output()).startsWith(String.format(Locale.ROOT, "%,d requests made\n", result.requests()))
			.containsPattern("\n[\\d,]+ requests/s over 1\\.\\d\\d s\n")
			.containsPattern("\nlatency p50 \\d+\\.\\d\\d ms, p99 \\d+\\.\\d\\d ms, max \\d+\\.\\d\\d ms\n")
			.endsWith("\n0 non-200 responses, 0 errors, 0 unexpected bodies\n");
	}

	@Test
	void rawPassesTheSameShapeCheck() {
		LoadResult result = run(settings("/raw", Duration.ofMillis(300), true, null));
		assertThat(result.ok()).isTrue();
		assertThat(result.unexpectedBodies()).isZero();
	}

	@Test
	void aBodyOfAnotherShapeIsAFailureUnlessTheCheckIsOff() {
		LoadResult checked = run(settings("/echo", Duration.ofMillis(300), true, ORDER));
		assertThat(checked.ok()).isFalse();
		assertThat(checked.unexpectedBodies()).isEqualTo(checked.requests()).isPositive();
		assertThat(checked.firstFailure()).isEqualTo("not the reference shape: " + new String(ORDER, StandardCharsets.UTF_8));
		assertThat(run(settings("/echo", Duration.ofMillis(300), false, ORDER)).ok()).isTrue();
	}

	@Test
	void aStatusOtherThan200IsAFailure() {
		LoadResult result = run(settings("/no-such-endpoint", Duration.ofMillis(300), false, null));
		assertThat(result.ok()).isFalse();
		assertThat(result.non200()).isEqualTo(result.requests()).isPositive();
		assertThat(result.firstFailure()).startsWith("status 404: ");
	}

	@Test
	void noServerMeansErrors() {
		LoadResult result = run(new LoadSettings(URI.create("http://127.0.0.1:1/"), Duration.ofMillis(200), 2, 2, true,
				null, false));
		assertThat(result.ok()).isFalse();
		assertThat(result.errors()).isEqualTo(result.requests()).isPositive();
		assertThat(output()).contains("warm-up request failed: ");
	}

	private LoadSettings settings(String path, Duration duration, boolean checkShape, byte[] postBody) {
		return new LoadSettings(URI.create("http://127.0.0.1:" + this.port + path), duration, 4, 4, checkShape,
				postBody, false);
	}

	private LoadResult run(LoadSettings settings) {
		return LoadClient.run(settings, new PrintStream(this.output, true, StandardCharsets.UTF_8));
	}

	private String output() {
		return this.output.toString(StandardCharsets.UTF_8);
	}
}
