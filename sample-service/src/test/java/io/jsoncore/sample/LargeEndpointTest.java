package io.jsoncore.sample;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import io.jsoncore.Json;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /large}, the fairness check's load: streamed rows, and an amount through the fallback on request. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LargeEndpointTest {

	@LocalServerPort
	int port;

	@Test
	void oneMegabyteStreamsTenThousandRows() throws Exception {
		HttpResponse<String> response = new ServiceHttp(this.port).get("/large?mb=1");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Transfer-Encoding")).hasValue("chunked");
		assertThat(response.body()).startsWith("[{\"id\":0,\"name\":\"row number 0\",\"score\":0.0,"
				+ "\"tags\":[\"large\",\"streamed\"],\"amount\":0.0},{\"id\":1,");
		assertThat((List<?>) Json.loads(response.body())).hasSize(10_000);
	}

	@Test
	void fallbackWritesEachAmountAsText() throws Exception {
		String body = new ServiceHttp(this.port).get("/large?mb=1&fallback=true").body();
		List<?> rows = (List<?>) Json.loads(body);
		assertThat(rows).hasSize(10_000);
		assertThat(((Map<?, ?>) rows.get(9_999)).get("amount")).isEqualTo("699.93 EUR");
	}
}
