package io.jsoncore.sample.check;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import io.jsoncore.Json;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InitCheckTest {

	@Test
	void threadsReleasedTogetherAllGetTheExpectedResults() {
		ByteArrayOutputStream output = new ByteArrayOutputStream();
		boolean ok = InitCheck.run(4, new PrintStream(output, true, StandardCharsets.UTF_8));
		assertThat(ok).isTrue();
		assertThat(output.toString(StandardCharsets.UTF_8)).isEqualTo("init test running... ok, 4 threads\n");
	}

	@Test
	void theCustomObjectGoesToTheFallback() {
		assertThat(Json.dumps(new InitCheck.Custom(), (value) -> value.toString())).asString(StandardCharsets.UTF_8)
			.isEqualTo("\"custom\"");
	}
}
