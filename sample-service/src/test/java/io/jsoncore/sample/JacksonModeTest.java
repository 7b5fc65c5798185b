package io.jsoncore.sample;

import java.net.http.HttpResponse;

import io.jsoncore.JsonCodec;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code spring.json.enabled=false}: the same app on Jackson 3 serves the same body, for like-for-like loads. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { ServiceHttp.CORPUS_PROPERTY, "spring.json.enabled=false" })
class JacksonModeTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void jacksonWritesTheResponsesAndJsonCoreIsNotConfigured() {
		assertThat(this.context.getBeanProvider(JsonCodec.class).getIfAvailable()).isNull();
		assertThat(this.context.getBean(RequestMappingHandlerAdapter.class).getMessageConverters())
			.<Class<?>>extracting(HttpMessageConverter::getClass)
			.contains(JacksonJsonHttpMessageConverter.class)
			.noneMatch((type) -> type.getName().startsWith("io.jsoncore"));
	}

	@Test
	void rootAnswersTheReferenceBodyAsApplicationJson() throws Exception {
		HttpResponse<String> response = new ServiceHttp(this.port).get("/");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
		assertThat(response.body()).matches(ServiceHttp.REFERENCE_BODY);
	}

	@Test
	void rootAndRawGiveTheSameStartUpTime() throws Exception {
		ServiceHttp http = new ServiceHttp(this.port);
		String root = http.get("/").body();
		String raw = http.get("/raw").body();
		assertThat(root.substring(root.indexOf("\"updated_at\""))).isEqualTo(raw.substring(raw.indexOf("\"updated_at\"")));
	}
}
