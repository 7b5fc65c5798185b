package io.jsoncore.spring;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import io.jsoncore.JsonCodec;
import org.junit.jupiter.api.Test;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.mock.http.MockHttpOutputMessage;

import static org.assertj.core.api.Assertions.assertThat;

/** RFC 9457 bodies come out as Jackson writes them, so clients of existing Boot apps see no change. */
class ProblemDetailTests {

	private final JsonCoreHttpMessageConverter converter = new JsonCoreHttpMessageConverter(JsonCodec.defaults());

	private static String write(org.springframework.http.converter.SmartHttpMessageConverter<Object> converter,
			ProblemDetail problem) throws Exception {
		MockHttpOutputMessage output = new MockHttpOutputMessage();
		converter.write(problem, ResolvableType.forClass(ProblemDetail.class), MediaType.APPLICATION_PROBLEM_JSON, output,
				null);
		return output.getBodyAsString(StandardCharsets.UTF_8);
	}

	@Test
	void writesTheSameBytesAsJackson() throws Exception {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No order 7");
		problem.setInstance(URI.create("/orders/7"));
		problem.setProperty("orderId", 7);
		problem.setProperty("retry", false);
		JacksonJsonHttpMessageConverter jackson = new JacksonJsonHttpMessageConverter();
		String written = write(this.converter, problem);
		assertThat(written).isEqualTo(write(jackson, problem));
		assertThat(written).isEqualTo("{\"detail\":\"No order 7\",\"instance\":\"/orders/7\",\"status\":404,"
				+ "\"title\":\"Not Found\",\"orderId\":7,\"retry\":false}");
	}

	@Test
	void minimalProblemMatchesJacksonToo() throws Exception {
		ProblemDetail problem = ProblemDetail.forStatus(500);
		assertThat(write(this.converter, problem)).isEqualTo(write(new JacksonJsonHttpMessageConverter(), problem));
	}

	@Test
	void isServedAsProblemJson() {
		assertThat(this.converter.getSupportedMediaTypes(ProblemDetail.class)).containsExactly(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(this.converter.getSupportedMediaTypes(String.class)).contains(MediaType.APPLICATION_JSON);
	}
}
