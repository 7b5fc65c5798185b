package io.jsoncore.sample;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Without the corpus the app still starts, and {@code GET /twitter} says which file it looked for. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "sample.corpus-dir=target/no-corpus-here")
class MissingCorpusTest {

	@LocalServerPort
	int port;

	@Test
	void twitterAnswers404ProblemNamingTheMissingFile() throws Exception {
		HttpResponse<String> response = new ServiceHttp(this.port).get("/twitter");
		String file = Path.of("target/no-corpus-here/twitter.json").toAbsolutePath().toString();
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		// the starter writes a ProblemDetail as Jackson 3 does: properties sorted, the default type left out
		assertThat(response.body()).isEqualTo("{\"detail\":\"no " + file + " (set sample.corpus-dir)\","
				+ "\"instance\":\"/twitter\",\"status\":404,\"title\":\"Not Found\"}");
	}

	@Test
	void rootStillAnswersTheReferenceBody() throws Exception {
		assertThat(new ServiceHttp(this.port).get("/").body()).matches(ServiceHttp.REFERENCE_BODY);
	}
}
