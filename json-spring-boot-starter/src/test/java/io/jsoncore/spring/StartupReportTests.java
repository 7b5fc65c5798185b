package io.jsoncore.spring;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIdentityInfo;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.ObjectIdGenerators;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The start-up report: one application whose handlers read a type json-core cannot read, write one it cannot
 * write, carry a Jackson annotation it does not honour, and return {@code Object}; on Spring MVC and WebFlux, with
 * {@code spring.json.verify} at {@code warn} (one WARN, the app starts), {@code fail} (the start-up fails with the
 * same list) and {@code off} (nothing).
 */
class StartupReportTests {

	/** A value type as libraries ship them: no getters, no annotations. */
	static final class Money {

		final BigDecimal amount;

		Money(BigDecimal amount) {
			this.amount = amount;
		}
	}

	record Invoice(String id, Money total) {
	}

	interface Command {
	}

	@JsonIdentityInfo(generator = ObjectIdGenerators.IntSequenceGenerator.class)
	record Node(@JsonProperty("label") String name, List<Node> children) {
	}

	record Line(String sku, int qty) {
	}

	@RestController
	static class MixedController {

		@GetMapping("/invoice")
		Invoice invoice() {
			return new Invoice("i", new Money(BigDecimal.ONE));
		}

		@PostMapping("/command")
		String run(@RequestBody Command command) {
			return "ran";
		}

		@GetMapping("/tree")
		Node tree() {
			return new Node("root", List.of());
		}

		@GetMapping("/anything")
		ResponseEntity<?> anything() {
			return ResponseEntity.ok(new Line("a", 1));
		}

		@PostMapping("/lines")
		List<Line> lines(@RequestBody List<Line> lines) {
			return lines;
		}
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(MixedController.class)
	static class MixedApplication {

	}

	@RestController
	static class CleanController {

		@PostMapping("/lines")
		List<Line> lines(@RequestBody List<Line> lines) {
			return lines;
		}
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(CleanController.class)
	static class CleanApplication {

	}

	enum Stack {

		MVC(WebApplicationType.SERVLET, "{GET [/invoice]}", "{POST [/command]}"),
		WEBFLUX(WebApplicationType.REACTIVE, "{GET /invoice}", "{POST /command}");

		final WebApplicationType type;

		final String invoiceMapping;

		final String commandMapping;

		Stack(WebApplicationType type, String invoiceMapping, String commandMapping) {
			this.type = type;
			this.invoiceMapping = invoiceMapping;
			this.commandMapping = commandMapping;
		}
	}

	/** What the report and Boot log, taken once Boot has set logging up, before the report runs. */
	private final CapturedLogs[] logs = new CapturedLogs[1];

	private ConfigurableApplicationContext start(Class<?> application, Stack stack, String verify) {
		return new SpringApplicationBuilder(application).web(stack.type)
			.properties("server.port=0", "spring.main.banner-mode=off", "spring.json.verify=" + verify)
			.listeners((ApplicationEvent event) -> {
				if (event instanceof ApplicationPreparedEvent) {
					this.logs[0] = new CapturedLogs("io.jsoncore.spring.StartupReport",
							"org.springframework.boot.SpringApplication");
				}
			})
			.run();
	}

	@AfterEach
	void giveTheLoggersBack() {
		if (this.logs[0] != null) {
			this.logs[0].close();
		}
	}

	private List<String> reported() {
		return this.logs[0].events();
	}

	@ParameterizedTest
	@EnumSource(Stack.class)
	void warnLogsEveryProblemInOneWarning(Stack stack) {
		try (ConfigurableApplicationContext context = start(MixedApplication.class, stack, "warn")) {
			assertThat(context.isActive()).isTrue();
			assertThat(reported()).hasSize(1);
			String report = reported().get(0);
			String controller = MixedController.class.getName();
			String money = Money.class.getName();
			assertThat(report).startsWith("WARN json-core found what it cannot do for this application's handlers "
					+ "(spring.json.verify=warn):\n2 body type(s) it cannot read or write:")
				.contains("\n  - " + stack.invoiceMapping + " " + controller + "#invoice: writing "
						+ Invoice.class.getName() + ": Type is not JSON serializable: " + money + " at $.total")
				.contains("\n  - " + stack.commandMapping + " " + controller + "#run: reading " + Command.class.getName()
						+ ": Cannot read " + Command.class.getName() + ": it is an interface")
				.contains("\nJackson annotations it does not honour (docs/jackson-annotations.md says what each does):\n"
						+ "  - @JsonIdentityInfo on " + Node.class.getName() + "\n")
				.contains("1 handler(s) declare a response written by its runtime class (Object, an interface, "
						+ "ResponseEntity<?>), which cannot be checked before it is written: ")
				.contains(controller + "#anything")
				.doesNotContain("#lines");
		}
	}

	@ParameterizedTest
	@EnumSource(Stack.class)
	void failStopsTheStartUpWithTheSameList(Stack stack) {
		assertThatIllegalStateException().isThrownBy(() -> start(MixedApplication.class, stack, "fail").close())
			.withMessageStartingWith("json-core found what it cannot do for this application's handlers "
					+ "(spring.json.verify=fail):\n2 body type(s) it cannot read or write:")
			.withMessageContaining("Type is not JSON serializable: " + Money.class.getName() + " at $.total");
		assertThat(reported()).singleElement().asString().startsWith("ERROR Application run failed");
	}

	@Test
	void offChecksNothing() {
		start(MixedApplication.class, Stack.MVC, "off").close();
		assertThat(reported()).isEmpty();
	}

	@Test
	void aCleanApplicationGetsOneInfoLine() {
		start(CleanApplication.class, Stack.MVC, "warn").close();
		// the error controller's ResponseEntity<Map<String, Object>> is one of the handlers
		assertThat(reported()).containsExactly(
				"INFO json-core checked 3 body types of 3 handler methods: it reads and writes all of them");
	}
}
