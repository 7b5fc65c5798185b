package io.jsoncore.spring;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code spring.json.property-order=alphabetical}: one application started on json-core with it, on json-core
 * without it, and on Jackson ({@code spring.json.enabled=false}); with it, json-core's bodies are Jackson's byte for
 * byte, for a bean, an immutable class and a record.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PropertyOrderParityTests {

	public static class Profile {

		public String name = "ann";

		public String email = "ann@example.com";

		public int age = 30;
	}

	public static class Account {

		private final String owner;

		private final long id;

		@JsonCreator
		Account(@JsonProperty("owner") String owner, @JsonProperty("id") long id) {
			this.owner = owner;
			this.id = id;
		}

		public String getOwner() {
			return this.owner;
		}

		public long getId() {
			return this.id;
		}

		public int getBalance() {
			return 10;
		}
	}

	record Line(String sku, int qty) {
	}

	public record Body(Profile profile, Account account, List<Line> lines) {
	}

	@RestController
	static class OrderController {

		@GetMapping("/body")
		Body body() {
			return new Body(new Profile(), new Account("bob", 7), List.of(new Line("A-1", 2)));
		}
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(OrderController.class)
	static class OrderApplication {
	}

	private ConfigurableApplicationContext alphabetical;

	private ConfigurableApplicationContext declared;

	private ConfigurableApplicationContext jackson;

	@BeforeAll
	void start() {
		this.alphabetical = start("spring.json.property-order=alphabetical");
		this.declared = start("spring.json.enabled=true");
		this.jackson = start("spring.json.enabled=false");
	}

	private static ConfigurableApplicationContext start(String property) {
		return new SpringApplicationBuilder(OrderApplication.class)
			.properties("server.port=0", property, "spring.main.banner-mode=off", "logging.level.root=warn")
			.run();
	}

	@AfterAll
	void stop() {
		this.alphabetical.close();
		this.declared.close();
		this.jackson.close();
	}

	@Test
	void alphabeticalIsJacksonsOrderByteForByte() throws Exception {
		String body = HttpCalls.get(HttpCalls.uri(this.alphabetical, "/body")).body();
		assertThat(body).isEqualTo("{\"profile\":{\"age\":30,\"email\":\"ann@example.com\",\"name\":\"ann\"},"
				+ "\"account\":{\"owner\":\"bob\",\"id\":7,\"balance\":10},\"lines\":[{\"sku\":\"A-1\",\"qty\":2}]}");
		assertThat(body).isEqualTo(HttpCalls.get(HttpCalls.uri(this.jackson, "/body")).body());
	}

	@Test
	void declarationOrderStaysTheDefault() throws Exception {
		assertThat(HttpCalls.get(HttpCalls.uri(this.declared, "/body")).body())
			.isEqualTo("{\"profile\":{\"name\":\"ann\",\"email\":\"ann@example.com\",\"age\":30},"
					+ "\"account\":{\"owner\":\"bob\",\"id\":7,\"balance\":10},\"lines\":[{\"sku\":\"A-1\",\"qty\":2}]}");
	}
}
