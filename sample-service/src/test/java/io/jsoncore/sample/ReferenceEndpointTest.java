package io.jsoncore.sample;

import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.jsoncore.sample.ServiceHttp.REFERENCE_BODY;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /} and {@code GET /raw} on a real Tomcat, written by json-core through the starter. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = ServiceHttp.CORPUS_PROPERTY)
class ReferenceEndpointTest {

	@LocalServerPort
	int port;

	@Test
	void rootAnswersTheReferenceBodyAsApplicationJson() throws Exception {
		HttpResponse<String> response = new ServiceHttp(this.port).get("/");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
		assertThat(response.body()).matches(REFERENCE_BODY);
		assertThat(response.headers().firstValueAsLong("Content-Length")).hasValue(response.body().length());
	}

	@Test
	void rootGivesANewUuidPerRequestAndTheStartUpTimeEveryTime() throws Exception {
		ServiceHttp http = new ServiceHttp(this.port);
		Matcher first = body(http, "/");
		Matcher second = body(http, "/");
		assertThat(first.group(1)).isNotEqualTo(second.group(1));
		assertThat(first.group(2)).isEqualTo(second.group(2));
	}

	@Test
	void updatedAtIsTheStartUpTimeInUtcToTheSecond() throws Exception {
		LocalDateTime updatedAt = LocalDateTime.parse(body(new ServiceHttp(this.port), "/").group(2));
		LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
		assertThat(updatedAt).isBeforeOrEqualTo(now).isAfter(now.minus(10, ChronoUnit.MINUTES));
	}

	@Test
	void rawAnswersTheSameShapeWithTheSameStartUpTime() throws Exception {
		ServiceHttp http = new ServiceHttp(this.port);
		HttpResponse<String> raw = http.get("/raw");
		assertThat(raw.statusCode()).isEqualTo(200);
		assertThat(raw.headers().firstValue("Content-Type")).hasValue("application/json");
		assertThat(raw.body()).matches(REFERENCE_BODY);
		assertThat(body(http, "/raw").group(2)).isEqualTo(body(http, "/").group(2));
	}

	@Test
	void rawAnswersTheSameBytesEveryTime() throws Exception {
		ServiceHttp http = new ServiceHttp(this.port);
		assertThat(http.get("/raw").body()).isEqualTo(http.get("/raw").body());
	}

	private static Matcher body(ServiceHttp http, String path) throws Exception {
		Matcher matcher = REFERENCE_BODY.matcher(http.get(path).body());
		assertThat(matcher.matches()).isTrue();
		return matcher;
	}
}
