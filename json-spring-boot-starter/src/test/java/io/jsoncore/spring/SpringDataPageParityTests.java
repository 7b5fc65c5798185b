package io.jsoncore.spring;

import java.net.http.HttpResponse;
import java.util.List;

import io.jsoncore.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PagedModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring Data's {@code Page}, {@code Slice} and {@code PagedModel} responses, on json-core and on Jackson (with
 * {@code spring.json.enabled=false}) in one app started under both page serialization modes on Spring MVC, and on
 * WebFlux: the bodies are equal as JSON values, and json-core's are asserted byte for byte where they matter.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SpringDataPageParityTests {

	record User(String name) {
	}

	static final List<User> USERS = List.of(new User("ann"), new User("bob"));

	@RestController
	static class UserPages {

		@GetMapping("/page")
		Page<User> page() {
			return new PageImpl<>(USERS, PageRequest.of(0, 2, Sort.by("name")), 5);
		}

		@GetMapping("/unpaged")
		Page<User> unpaged() {
			return new PageImpl<>(USERS);
		}

		@GetMapping("/slice")
		Slice<User> slice() {
			return new SliceImpl<>(List.of(new User("cy")), PageRequest.of(1, 1), true);
		}

		@GetMapping("/model")
		PagedModel<User> model() {
			return new PagedModel<>(page());
		}
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(UserPages.class)
	static class PagesApplication {

	}

	private ConfigurableApplicationContext jsonCoreDirect;

	private ConfigurableApplicationContext jacksonDirect;

	private ConfigurableApplicationContext jsonCoreViaDto;

	private ConfigurableApplicationContext jacksonViaDto;

	private ConfigurableApplicationContext jsonCoreWebFlux;

	private ConfigurableApplicationContext jacksonWebFlux;

	@BeforeAll
	void start() {
		this.jsonCoreDirect = start(WebApplicationType.SERVLET, true, "direct");
		this.jacksonDirect = start(WebApplicationType.SERVLET, false, "direct");
		this.jsonCoreViaDto = start(WebApplicationType.SERVLET, true, "via-dto");
		this.jacksonViaDto = start(WebApplicationType.SERVLET, false, "via-dto");
		this.jsonCoreWebFlux = start(WebApplicationType.REACTIVE, true, "direct");
		this.jacksonWebFlux = start(WebApplicationType.REACTIVE, false, "direct");
	}

	private static ConfigurableApplicationContext start(WebApplicationType type, boolean jsonCore, String mode) {
		return new SpringApplicationBuilder(PagesApplication.class).web(type)
			.properties("server.port=0", "spring.json.enabled=" + jsonCore, "spring.main.banner-mode=off",
					"logging.level.root=warn", "spring.data.web.pageable.serialization-mode=" + mode,
					// Spring Data's own warning for DIRECT pages, once per app: expected here
					"logging.level.org.springframework.data.web.config=error")
			.run();
	}

	@AfterAll
	void stop() {
		for (ConfigurableApplicationContext context : List.of(this.jsonCoreDirect, this.jacksonDirect,
				this.jsonCoreViaDto, this.jacksonViaDto, this.jsonCoreWebFlux, this.jacksonWebFlux)) {
			context.close();
		}
	}

	@Test
	void aDirectPageIsWrittenAsJacksonWritesTheBean() throws Exception {
		String body = assertSameAsJackson(this.jsonCoreDirect, this.jacksonDirect, "/page");
		assertThat(body).startsWith("{\"content\":[{\"name\":\"ann\"},{\"name\":\"bob\"}],\"pageable\":{");
	}

	@Test
	void anUnpagedPageIsWrittenWithItsPageableAsInstance() throws Exception {
		String body = assertSameAsJackson(this.jsonCoreDirect, this.jacksonDirect, "/unpaged");
		assertThat(body).contains("\"pageable\":\"INSTANCE\"");
	}

	@Test
	void aSliceIsWrittenAsJacksonWritesIt() throws Exception {
		assertSameAsJackson(this.jsonCoreDirect, this.jacksonDirect, "/slice");
	}

	@Test
	void viaDtoAPageIsWrittenAsItsPagedModel() throws Exception {
		String body = assertSameAsJackson(this.jsonCoreViaDto, this.jacksonViaDto, "/page");
		assertThat(body).isEqualTo("{\"content\":[{\"name\":\"ann\"},{\"name\":\"bob\"}],"
				+ "\"page\":{\"size\":2,\"number\":0,\"totalElements\":5,\"totalPages\":3}}");
	}

	@Test
	void viaDtoAnUnpagedPageIsA200() throws Exception {
		String body = assertSameAsJackson(this.jsonCoreViaDto, this.jacksonViaDto, "/unpaged");
		assertThat(body).isEqualTo("{\"content\":[{\"name\":\"ann\"},{\"name\":\"bob\"}],"
				+ "\"page\":{\"size\":2,\"number\":0,\"totalElements\":2,\"totalPages\":1}}");
	}

	@Test
	void aPagedModelIsWrittenTheSameInBothModes() throws Exception {
		String direct = assertSameAsJackson(this.jsonCoreDirect, this.jacksonDirect, "/model");
		String viaDto = assertSameAsJackson(this.jsonCoreViaDto, this.jacksonViaDto, "/model");
		assertThat(direct).isEqualTo(viaDto);
	}

	@Test
	void onWebFluxAPageIsTheBeanAsWithJackson() throws Exception {
		assertSameAsJackson(this.jsonCoreWebFlux, this.jacksonWebFlux, "/page");
		assertSameAsJackson(this.jsonCoreWebFlux, this.jacksonWebFlux, "/slice");
	}

	private static String assertSameAsJackson(ConfigurableApplicationContext jsonCore,
			ConfigurableApplicationContext jackson, String path) throws Exception {
		HttpResponse<String> ours = HttpCalls.get(HttpCalls.uri(jsonCore, path));
		HttpResponse<String> theirs = HttpCalls.get(HttpCalls.uri(jackson, path));
		assertThat(theirs.statusCode()).as("Jackson's status, body " + theirs.body()).isEqualTo(200);
		assertThat(ours.statusCode()).as("json-core's status, body " + ours.body()).isEqualTo(200);
		assertThat(Json.loads(ours.body().getBytes())).as(ours.body() + " against Jackson's " + theirs.body())
			.isEqualTo(Json.loads(theirs.body().getBytes()));
		return ours.body();
	}
}
