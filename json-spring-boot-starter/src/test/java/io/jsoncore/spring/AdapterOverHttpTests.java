package io.jsoncore.spring;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpResponse;

import io.jsoncore.JsonAdapter;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A record holding a third-party value type, which json-core knows only through an adapter that a
 * {@link JsonCodecCustomizer} registers, goes over HTTP both ways; a body the adapter rejects is a 400.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AdapterOverHttpTests {

	@LocalServerPort
	int port;

	/** A value type as libraries ship them: no getters, no annotations. */
	static final class Money {

		final BigDecimal amount;

		final String currency;

		Money(BigDecimal amount, String currency) {
			this.amount = amount;
			this.currency = currency;
		}

		static Money parse(String text) {
			String[] parts = text.split(" ");
			if (parts.length != 2) {
				throw new IllegalArgumentException("not an amount and a currency: " + text);
			}
			return new Money(new BigDecimal(parts[0]), parts[1]);
		}

		@Override
		public String toString() {
			return this.amount.toPlainString() + " " + this.currency;
		}
	}

	record Invoice(String id, Money total) {
	}

	@RestController
	static class InvoiceController {

		@GetMapping("/invoice")
		Invoice invoice() {
			return new Invoice("i-1", Money.parse("12.50 EUR"));
		}

		@PostMapping("/invoice")
		String total(@RequestBody Invoice invoice) {
			return invoice.total().amount.add(BigDecimal.ONE) + " " + invoice.total().currency;
		}
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(InvoiceController.class)
	static class InvoiceApplication {

		@Bean
		JsonCodecCustomizer money() {
			return (builder) -> builder.adapter(Money.class, JsonAdapter.text(Money::toString, Money::parse));
		}
	}

	@Test
	void theAdapterWritesTheResponse() throws Exception {
		HttpResponse<String> response = HttpCalls.get(uri());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("{\"id\":\"i-1\",\"total\":\"12.50 EUR\"}");
	}

	@Test
	void theAdapterReadsTheRequest() throws Exception {
		HttpResponse<String> response = HttpCalls.postJson(uri(), "{\"id\":\"i-2\",\"total\":\"1.25 USD\"}");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("2.25 USD");
	}

	@Test
	void whatTheAdapterRejectsIsABadRequest() throws Exception {
		HttpResponse<String> response = HttpCalls.postJson(uri(), "{\"id\":\"i-3\",\"total\":\"lots\"}");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("at io.jsoncore");
	}

	private URI uri() {
		return URI.create("http://localhost:" + this.port + "/invoice");
	}
}
