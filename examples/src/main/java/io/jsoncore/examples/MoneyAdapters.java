package io.jsoncore.examples;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.jsoncore.JsonAdapter;
import io.jsoncore.JsonCodec;
import io.jsoncore.JsonReader;
import io.jsoncore.JsonWriter;

public class MoneyAdapters {

	/** A value type from a library: no getters, no annotations. */
	public static final class Money {

		private final BigDecimal amount;

		private final String currency;

		public Money(BigDecimal amount, String currency) {
			this.amount = amount;
			this.currency = currency;
		}

		public static Money parse(String text) {
			String[] parts = text.split(" ");
			return new Money(new BigDecimal(parts[0]), parts[1]);
		}

		@Override
		public String toString() {
			return this.amount.toPlainString() + " " + this.currency;
		}
	}

	record Order(String id, Money total, List<Money> refunds) {
	}

	// As one string, "9.99 EUR":
	static final JsonCodec AS_TEXT = JsonCodec.builder()
		.adapter(Money.class, JsonAdapter.text(Money::toString, Money::parse))
		.build();

	// Or as an object, {"amount":9.99,"currency":"EUR"}, read in any order:
	static final JsonAdapter<Money> MONEY_OBJECT = new JsonAdapter<>() {
		@Override
		public void write(JsonWriter writer, Money money) {
			writer.beginObject()
				.name("amount").value(money.amount)
				.name("currency").value(money.currency)
				.endObject();
		}

		@Override
		public Money read(JsonReader reader) {
			BigDecimal amount = null;
			String currency = null;
			reader.beginObject();
			while (reader.hasNext()) {
				switch (reader.nextName()) {
					case "amount" -> amount = reader.read(BigDecimal.class);
					case "currency" -> currency = reader.nextString();
					default -> reader.skipValue();
				}
			}
			reader.endObject();
			return new Money(amount, currency);
		}
	};

	static final JsonCodec AS_OBJECT = JsonCodec.builder().adapter(Money.class, MONEY_OBJECT).build();

	public static void main(String[] args) {
		Order order = new Order("o1", Money.parse("9.99 EUR"), List.of());

		byte[] text = AS_TEXT.dumps(order);
		System.out.println(new String(text, StandardCharsets.UTF_8));
		// prints {"id":"o1","total":"9.99 EUR","refunds":[]}
		System.out.println(AS_TEXT.loads(text, Order.class).total()); // prints 9.99 EUR

		byte[] object = AS_OBJECT.dumps(order);
		System.out.println(new String(object, StandardCharsets.UTF_8));
		// prints {"id":"o1","total":{"amount":9.99,"currency":"EUR"},"refunds":[]}
		System.out.println(AS_OBJECT.loads("{\"id\":\"o2\",\"total\":{\"currency\":\"USD\",\"amount\":5},\"refunds\":[]}",
				Order.class).total()); // prints 5 USD
	}
}
