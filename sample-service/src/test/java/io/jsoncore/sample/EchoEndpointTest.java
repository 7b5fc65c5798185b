package io.jsoncore.sample;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code POST /echo}: a typed body read into records and written back by json-core. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = ServiceHttp.CORPUS_PROPERTY)
class EchoEndpointTest {

	private static final String ORDER = "{\"id\":\"7202d115-7ff3-4c81-a7c1-2a1f067b1ece\","
			+ "\"placed\":\"2026-11-22T01:09:54+00:00\",\"lines\":[{\"sku\":\"A-1\",\"qty\":2,\"price\":9.90},"
			+ "{\"sku\":\"B-22\",\"qty\":1,\"price\":1e+3}]}";

	@LocalServerPort
	int port;

	@Test
	void echoAnswersTheBytesItWasSent() throws Exception {
		HttpResponse<String> response = new ServiceHttp(this.port).postJson("/echo", ORDER);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
		assertThat(response.body()).isEqualTo(ORDER);
	}

	@Test
	void echoWritesBackWhatItReadInTheCodecsOwnLayout() throws Exception {
		String spaced = "{ \"lines\": [], \"placed\": \"2026-11-22T01:09:54Z\", \"id\": "
				+ "\"7202d115-7ff3-4c81-a7c1-2a1f067b1ece\", \"extra\": true }";
		assertThat(new ServiceHttp(this.port).postJson("/echo", spaced).body())
			.isEqualTo("{\"id\":\"7202d115-7ff3-4c81-a7c1-2a1f067b1ece\",\"placed\":\"2026-11-22T01:09:54+00:00\","
					+ "\"lines\":[]}");
	}

	@Test
	void echoAnswers400ToABodyOfTheWrongType() throws Exception {
		HttpResponse<String> response = new ServiceHttp(this.port).postJson("/echo",
				"{\"lines\":[{\"qty\":\"two\"}]}");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).doesNotContain("Exception");
	}
}
