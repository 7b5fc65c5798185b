package io.jsoncore.sample.load;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The short version of {@code sample-service/run soak}: two seconds of the whole mix, every answer as expected. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.json.max-request-size=256KB")
class SoakClientTest {

	@LocalServerPort
	int port;

	@Test
	void twoSecondsOfTheMixGetTheExpectedAnswers() {
		ByteArrayOutputStream output = new ByteArrayOutputStream();
		// Spring logs a WARN for each bad request it answers: hundreds here, on purpose. They are taken off the
		// console and checked instead: each says which bad request Spring resolved, and nothing else is logged.
		Logger resolver = (Logger) LoggerFactory.getLogger("org.springframework.web.servlet.mvc.support");
		ListAppender<ILoggingEvent> logged = new ListAppender<>();
		logged.start();
		resolver.addAppender(logged);
		resolver.setAdditive(false);
		boolean passed;
		try {
			passed = SoakClient.run(URI.create("http://127.0.0.1:" + this.port), Duration.ofSeconds(2), 4, 256 * 1024,
					new PrintStream(output, true, StandardCharsets.UTF_8));
		}
		finally {
			resolver.detachAppender(logged);
			resolver.setAdditive(true);
		}
		String summary = output.toString(StandardCharsets.UTF_8);
		assertThat(logged.list).isNotEmpty().allSatisfy((event) -> {
			assertThat(event.getLevel()).isEqualTo(Level.WARN);
			assertThat(event.getFormattedMessage()).matches("Resolved \\[org\\.springframework\\.(http\\.converter\\."
					+ "HttpMessageNotReadableException|web\\.HttpMediaTypeNotSupportedException|web\\.bind\\.[A-Za-z]+"
					+ "|web\\.server\\.[A-Za-z]+|web\\.[A-Za-z.]+): .*\\]");
		});
		assertThat(passed).as(summary).isTrue();
		for (SoakMix kind : SoakMix.values()) {
			assertThat(summary).containsPattern(kind.description.replace("(", "\\(") + " +[1-9][\\d,]* sent, expected "
					+ kind.expectedStatus + ", 0 unexpected");
		}
		assertThat(summary).containsPattern("[\\d,]+ requests made, 0 unexpected answers, 0 of them 5xx\n$");
	}

	@Test
	void theMixHoldsWhatItSays() {
		assertThat(SoakMix.OVERSIZED.body(1024)).hasSize(1025).startsWith('[').endsWith(']');
		assertThat(SoakMix.DEEP.body(1024)).hasSize(100_008).startsWith('{', '"', 'd');
		assertThat(SoakMix.REFERENCE.body(1024)).isNull();
		assertThat(new String(SoakMix.ECHO.body(1024), StandardCharsets.UTF_8))
			.startsWith("{\"id\":\"7202d115-7ff3-4c81-a7c1-2a1f067b1ece\",\"placed\":\"2026-11-22T04:30:00+00:00\","
					+ "\"lines\":[{\"sku\":\"SKU-0\",\"qty\":1,\"price\":19.99},");
	}
}
