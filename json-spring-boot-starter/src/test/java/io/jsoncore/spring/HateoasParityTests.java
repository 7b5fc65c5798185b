package io.jsoncore.spring;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import io.jsoncore.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.hateoas.CollectionModel;
import org.springframework.hateoas.EntityModel;
import org.springframework.hateoas.Link;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An application with Spring HATEOAS keeps its HAL bodies on json-core: an {@code EntityModel} and a
 * {@code CollectionModel} asked for as {@code application/hal+json}, as {@code application/json} (HAL is Boot's
 * default JSON for hypermedia types) and with no {@code Accept}, equal to what the same app writes on Jackson; and a
 * plain record beside them is still json-core's.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HateoasParityTests {

	record User(String name, String email) {
	}

	@RestController
	static class UserResources {

		@GetMapping("/users/bob")
		EntityModel<User> bob() {
			return EntityModel.of(new User("bob", "bob@example.com"), Link.of("/users/bob"), Link.of("/users", "users"));
		}

		@GetMapping("/users")
		CollectionModel<EntityModel<User>> users() {
			return CollectionModel.of(List.of(bob()), Link.of("/users"));
		}

		@GetMapping("/plain")
		User plain() {
			return new User("ann", "ann@example.com");
		}
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(UserResources.class)
	static class HalApplication {

	}

	private ConfigurableApplicationContext jsonCore;

	private ConfigurableApplicationContext jackson;

	@BeforeAll
	void start() {
		this.jsonCore = start(true);
		this.jackson = start(false);
	}

	private static ConfigurableApplicationContext start(boolean jsonCore) {
		return new SpringApplicationBuilder(HalApplication.class).web(WebApplicationType.SERVLET)
			.properties("server.port=0", "spring.json.enabled=" + jsonCore, "spring.main.banner-mode=off",
					"logging.level.root=warn")
			.run();
	}

	@AfterAll
	void stop() {
		this.jsonCore.close();
		this.jackson.close();
	}

	@ParameterizedTest
	@ValueSource(strings = { "application/hal+json", "application/json", "*/*" })
	void anEntityModelKeepsItsHalBody(String accept) throws Exception {
		HttpResponse<String> ours = get(this.jsonCore, "/users/bob", accept);
		HttpResponse<String> theirs = get(this.jackson, "/users/bob", accept);
		assertThat(theirs.body()).contains("\"_links\"");
		assertThat(ours.statusCode()).isEqualTo(theirs.statusCode()).isEqualTo(200);
		assertThat(ours.headers().firstValue("Content-Type")).isEqualTo(theirs.headers().firstValue("Content-Type"));
		assertThat(Json.loads(ours.body().getBytes())).isEqualTo(Json.loads(theirs.body().getBytes()));
	}

	@ParameterizedTest
	@ValueSource(strings = { "application/hal+json", "application/json" })
	void aCollectionModelKeepsItsHalBody(String accept) throws Exception {
		HttpResponse<String> ours = get(this.jsonCore, "/users", accept);
		HttpResponse<String> theirs = get(this.jackson, "/users", accept);
		assertThat(theirs.body()).contains("\"_embedded\"");
		assertThat(ours.statusCode()).isEqualTo(200);
		assertThat(Json.loads(ours.body().getBytes())).isEqualTo(Json.loads(theirs.body().getBytes()));
	}

	@ParameterizedTest
	@ValueSource(strings = { "application/json", "*/*" })
	void aPlainRecordIsStillJsonCores(String accept) throws Exception {
		HttpResponse<String> ours = get(this.jsonCore, "/plain", accept);
		assertThat(ours.body()).isEqualTo("{\"name\":\"ann\",\"email\":\"ann@example.com\"}");
	}

	private static HttpResponse<String> get(ConfigurableApplicationContext context, String path, String accept)
			throws Exception {
		HttpRequest request = HttpRequest.newBuilder(HttpCalls.uri(context, path))
			.header("Accept", accept)
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}
}
