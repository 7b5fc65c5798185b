package io.jsoncore.sample;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.jsoncore.Json;
import io.jsoncore.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /twitter}: the corpus read into records, written back per request. Skipped without ../shared. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = ServiceHttp.CORPUS_PROPERTY)
class TwitterEndpointTest {

	@LocalServerPort
	int port;

	@Test
	void twitterAnswersTheCorpusTreeAsRecordsWriteIt() throws Exception {
		Path corpus = SharedData.require("corpus/twitter.json");
		HttpResponse<String> response = new ServiceHttp(this.port).get("/twitter");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
		Map<?, ?> tree = (Map<?, ?>) Json.loads(response.body());
		assertThat((List<?>) tree.get("statuses")).hasSize(100);
		// records write the properties the file leaves out as null; apart from those it is the file's own tree
		assertThat(withoutNulls(tree)).isEqualTo(withoutNulls(Json.loads(Files.readAllBytes(corpus))));
	}

	private static Object withoutNulls(Object tree) {
		if (tree instanceof Map<?, ?> map) {
			Map<Object, Object> copy = new LinkedHashMap<>();
			map.forEach((key, value) -> {
				if (value != null) {
					copy.put(key, withoutNulls(value));
				}
			});
			return copy;
		}
		if (tree instanceof List<?> list) {
			List<Object> copy = new ArrayList<>();
			list.forEach((element) -> copy.add(withoutNulls(element)));
			return copy;
		}
		return tree;
	}
}
