package io.jsoncore.adapters;

import java.math.BigDecimal;

import io.jsoncore.JsonAdapter;
import io.jsoncore.JsonReader;
import io.jsoncore.JsonWriter;

/** The two usual shapes of a value type's adapter: one string, or an object read in any order. */
public final class MoneyAdapters {

	public static final JsonAdapter<Money> TEXT = JsonAdapter.text(Money::toString, Money::parse);

	/** {@code {"amount":9.99,"currency":"EUR"}}, read in any order, other properties skipped. */
	public static final JsonAdapter<Money> OBJECT = new JsonAdapter<>() {
		@Override
		public void write(JsonWriter writer, Money value) {
			writer.beginObject().name("amount").value(value.amount()).name("currency").value(value.currency()).endObject();
		}

		@Override
		public Money read(JsonReader reader) {
			BigDecimal amount = null;
			String currency = null;
			reader.beginObject();
			while (reader.hasNext()) {
				switch (reader.nextName()) {
					case "amount":
						amount = reader.read(BigDecimal.class);
						break;
					case "currency":
						currency = reader.nextString();
						break;
					default:
						reader.skipValue();
				}
			}
			reader.endObject();
			return new Money(amount.toPlainString(), currency);
		}
	};

	private MoneyAdapters() {
	}
}
