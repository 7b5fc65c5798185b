package io.jsoncore.spring;

import java.net.URI;
import java.net.http.HttpResponse;

import io.jsoncore.JsonAdapter;
import io.jsoncore.JsonCodec;
import io.jsoncore.JsonReader;
import io.jsoncore.JsonWriter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every {@link JsonAdapter} bean is registered for the type it adapts, resolved from its generic type: a
 * {@code @Bean} method's return type or a component's class. The server writes and reads with it, and so does a
 * {@code RestClient} from Boot's builder; a customizer's adapter for the same type wins; an adapter bean whose type
 * cannot be told fails the start-up, naming it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AdapterBeansTests {

	@LocalServerPort
	int port;

	@Autowired
	RestClient.Builder restClientBuilder;

	/** Value types as libraries ship them: no getters, no annotations. */
	record Money(String text) {
	}

	record Isbn(long digits) {
	}

	record Book(Isbn isbn, Money price) {
	}

	/** An adapter written as a component: its type comes from its class. */
	@Component
	static class IsbnAdapter implements JsonAdapter<Isbn> {

		@Override
		public void write(JsonWriter writer, Isbn value) {
			writer.value("isbn:" + value.digits());
		}

		@Override
		public Isbn read(JsonReader reader) {
			return new Isbn(Long.parseLong(reader.nextString().substring("isbn:".length())));
		}
	}

	@RestController
	static class BookController {

		@GetMapping("/book")
		Book book() {
			return new Book(new Isbn(9780134685991L), new Money("45.00 USD"));
		}

		@PostMapping("/book")
		String read(@RequestBody Book book) {
			return book.toString();
		}
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import({ BookController.class, IsbnAdapter.class })
	static class BookApplication {

		// An adapter as a @Bean method: its type comes from the method's return type, not the anonymous class.
		@Bean
		JsonAdapter<Money> moneyAdapter() {
			return JsonAdapter.text(Money::text, Money::new);
		}
	}

	@Test
	void theServerWritesWithTheAdapterBeans() throws Exception {
		HttpResponse<String> response = HttpCalls.get(uri());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("{\"isbn\":\"isbn:9780134685991\",\"price\":\"45.00 USD\"}");
	}

	@Test
	void theServerReadsWithTheAdapterBeans() throws Exception {
		HttpResponse<String> response = HttpCalls.postJson(uri(), "{\"isbn\":\"isbn:1\",\"price\":\"2 EUR\"}");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("Book[isbn=Isbn[digits=1], price=Money[text=2 EUR]]");
	}

	@Test
	void aRestClientFromBootsBuilderReadsWithThemToo() {
		Book book = this.restClientBuilder.build().get().uri(uri()).retrieve().body(Book.class);
		assertThat(book).isEqualTo(new Book(new Isbn(9780134685991L), new Money("45.00 USD")));
	}

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(JsonCoreAutoConfiguration.class));

	@Test
	void aCustomizersAdapterForTheSameTypeWins() {
		this.runner.withUserConfiguration(MoneyBeanAndCustomizer.class).run((context) -> {
			JsonCodec codec = context.getBean(JsonCodec.class);
			assertThat(new String(codec.dumps(new Money("1 USD")))).isEqualTo("\"customized 1 USD\"");
		});
	}

	@Test
	void anAdapterBeanOfUnknownTypeFailsTheStartUpNamingIt() {
		this.runner.withUserConfiguration(RawAdapterBean.class).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.hasMessage("Cannot tell which type the JsonAdapter bean 'rawAdapter' is for: declare it as "
						+ "JsonAdapter<YourType> (its @Bean method's return type or its class), or register it "
						+ "with a JsonCodecCustomizer");
		});
	}

	// Not @Configuration, so that @SpringBootTest does not take it as the test's own configuration.
	static class MoneyBeanAndCustomizer {

		@Bean
		JsonAdapter<Money> moneyAdapter() {
			return JsonAdapter.text(Money::text, Money::new);
		}

		@Bean
		JsonCodecCustomizer customizedMoney() {
			return (builder) -> builder.adapter(Money.class,
					JsonAdapter.text((money) -> "customized " + money.text(), Money::new));
		}
	}

	static class RawAdapterBean {

		@Bean
		@SuppressWarnings("rawtypes")
		JsonAdapter rawAdapter() {
			return JsonAdapter.text(Object::toString, (text) -> text);
		}
	}

	private URI uri() {
		return URI.create("http://localhost:" + this.port + "/book");
	}
}
