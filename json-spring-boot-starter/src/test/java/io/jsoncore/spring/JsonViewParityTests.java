package io.jsoncore.spring;

import java.net.http.HttpResponse;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonView;
import io.jsoncore.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code @JsonView} on handler methods and request bodies, and a generic {@code @RequestBody T}, on Spring MVC and
 * WebFlux: one application started four times (each stack, on json-core and with {@code spring.json.enabled=false}
 * on Jackson), the same requests sent to each. json-core's bodies are asserted byte for byte, and equal Jackson's as
 * JSON values (Jackson 3 orders properties alphabetically, json-core in declaration order).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JsonViewParityTests {

	interface Summary {
	}

	interface Detail extends Summary {
	}

	record User(@JsonView(Summary.class) String name, @JsonView(Detail.class) String email, String passwordHash) {
	}

	record Team(@JsonView(Summary.class) String title, @JsonView(Summary.class) List<User> members,
			@JsonView(Detail.class) int budget) {
	}

	static final User ANN = new User("ann", "ann@example.com", "h1");

	/** A base controller whose body type is a type variable, resolved against the subclass. */
	abstract static class EchoController<T> {

		@PostMapping("/echo")
		String echo(@RequestBody T body) {
			return body.getClass().getSimpleName() + " " + body;
		}
	}

	@RestController
	static class UserEchoController extends EchoController<User> {

	}

	@RestController
	static class UserController {

		@GetMapping("/users/{name}")
		@JsonView(Summary.class)
		User summary(@PathVariable("name") String name) {
			return new User(name, name + "@example.com", "h1");
		}

		@GetMapping("/users/{name}/detail")
		@JsonView(Detail.class)
		User detail(@PathVariable("name") String name) {
			return new User(name, name + "@example.com", "h1");
		}

		@GetMapping("/users/{name}/mono")
		@JsonView(Summary.class)
		Mono<User> mono(@PathVariable("name") String name) {
			return Mono.just(new User(name, name + "@example.com", "h1"));
		}

		@GetMapping("/team")
		@JsonView(Summary.class)
		Team team() {
			return new Team("core", List.of(ANN, new User("bob", "bob@example.com", "h2")), 10);
		}

		@GetMapping("/plain")
		User plain() {
			return ANN;
		}

		// what was read, and what was not: a property outside the view is skipped like an unknown one
		@PostMapping("/users")
		String create(@RequestBody @JsonView(Summary.class) User user) {
			return user.toString();
		}
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import({ UserController.class, UserEchoController.class })
	static class ViewApplication {

	}

	enum Stack {

		MVC(WebApplicationType.SERVLET), WEBFLUX(WebApplicationType.REACTIVE);

		final WebApplicationType type;

		Stack(WebApplicationType type) {
			this.type = type;
		}
	}

	private final ConfigurableApplicationContext[] jsonCore = new ConfigurableApplicationContext[2];

	private final ConfigurableApplicationContext[] jackson = new ConfigurableApplicationContext[2];

	@BeforeAll
	void start() {
		for (Stack stack : Stack.values()) {
			this.jsonCore[stack.ordinal()] = start(stack, "spring.json.enabled=true");
			this.jackson[stack.ordinal()] = start(stack, "spring.json.enabled=false");
		}
	}

	private static ConfigurableApplicationContext start(Stack stack, String enabled) {
		return new SpringApplicationBuilder(ViewApplication.class).web(stack.type)
			.properties("server.port=0", enabled, "spring.main.banner-mode=off", "logging.level.root=warn")
			.run();
	}

	@AfterAll
	void stop() {
		for (ConfigurableApplicationContext context : this.jsonCore) {
			context.close();
		}
		for (ConfigurableApplicationContext context : this.jackson) {
			context.close();
		}
	}

	@ParameterizedTest
	@EnumSource(Stack.class)
	void aSummaryViewKeepsTheHiddenPropertiesOut(Stack stack) throws Exception {
		assertSameAsJackson(stack, "/users/ann", "{\"name\":\"ann\"}");
	}

	@ParameterizedTest
	@EnumSource(Stack.class)
	void aSubviewSeesItsParentsProperties(Stack stack) throws Exception {
		assertSameAsJackson(stack, "/users/ann/detail", "{\"name\":\"ann\",\"email\":\"ann@example.com\"}");
	}

	@Test
	void aMonoIsWrittenInItsMethodsViewOnWebFlux() throws Exception {
		assertSameAsJackson(Stack.WEBFLUX, "/users/ann/mono", "{\"name\":\"ann\"}");
	}

	@ParameterizedTest
	@EnumSource(Stack.class)
	void nestedObjectsAreFilteredToo(Stack stack) throws Exception {
		assertSameAsJackson(stack, "/team",
				"{\"title\":\"core\",\"members\":[{\"name\":\"ann\"},{\"name\":\"bob\"}]}");
	}

	@ParameterizedTest
	@EnumSource(Stack.class)
	void withoutAViewEverythingIsWritten(Stack stack) throws Exception {
		assertSameAsJackson(stack, "/plain",
				"{\"name\":\"ann\",\"email\":\"ann@example.com\",\"passwordHash\":\"h1\"}");
	}

	@ParameterizedTest
	@EnumSource(Stack.class)
	void aRequestBodyIsReadInItsParametersView(Stack stack) throws Exception {
		String body = "{\"name\":\"cy\",\"email\":\"cy@example.com\",\"passwordHash\":\"h3\"}";
		String expected = "User[name=cy, email=null, passwordHash=null]";
		assertThat(post(this.jsonCore[stack.ordinal()], "/users", body).body()).isEqualTo(expected);
		assertThat(post(this.jackson[stack.ordinal()], "/users", body).body()).isEqualTo(expected);
	}

	@ParameterizedTest
	@EnumSource(Stack.class)
	void aGenericRequestBodyIsReadAsTheControllersTypeArgument(Stack stack) throws Exception {
		String body = "{\"name\":\"dee\",\"email\":\"dee@example.com\",\"passwordHash\":\"h4\"}";
		String expected = "User User[name=dee, email=dee@example.com, passwordHash=h4]";
		assertThat(post(this.jsonCore[stack.ordinal()], "/echo", body).body()).isEqualTo(expected);
		assertThat(post(this.jackson[stack.ordinal()], "/echo", body).body()).isEqualTo(expected);
	}

	private void assertSameAsJackson(Stack stack, String path, String expected) throws Exception {
		HttpResponse<String> ours = HttpCalls.get(HttpCalls.uri(this.jsonCore[stack.ordinal()], path));
		HttpResponse<String> theirs = HttpCalls.get(HttpCalls.uri(this.jackson[stack.ordinal()], path));
		assertThat(ours.statusCode()).isEqualTo(200);
		assertThat(theirs.statusCode()).isEqualTo(200);
		assertThat(ours.body()).isEqualTo(expected);
		assertThat(Json.loads(theirs.body().getBytes())).isEqualTo(Json.loads(ours.body().getBytes()));
	}

	private static HttpResponse<String> post(ConfigurableApplicationContext context, String path, String body)
			throws Exception {
		HttpResponse<String> response = HttpCalls.postJson(HttpCalls.uri(context, path), body);
		assertThat(response.statusCode()).isEqualTo(200);
		return response;
	}
}
