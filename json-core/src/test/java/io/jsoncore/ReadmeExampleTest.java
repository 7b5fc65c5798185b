package io.jsoncore;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.jsoncore.testing.SharedData;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's adapter example, compiled and run: the code between the markers below is the README's snippet,
 * character for character (less this class's indentation), and the test fails when the two drift apart.
 */
class ReadmeExampleTest {

	// README begin
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

	static final JsonCodec CODEC = JsonCodec.builder()
		// one string: "9.99 EUR"
		.adapter(Money.class, JsonAdapter.text(Money::toString, Money::parse))
		.build();

	// or as an object, {"amount":9.99,"currency":"EUR"}, read in any order:
	static final JsonAdapter<Money> AS_OBJECT = new JsonAdapter<>() {
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
	// README end

	@Test
	void theExampleWritesAndReadsWhatTheReadmeSays() {
		Order order = new Order("o1", Money.parse("9.99 EUR"), List.of());
		byte[] json = CODEC.dumps(order);
		assertThat(new String(json, StandardCharsets.UTF_8))
			.isEqualTo("{\"id\":\"o1\",\"total\":\"9.99 EUR\",\"refunds\":[]}");
		assertThat(CODEC.loads(json, Order.class).total().toString()).isEqualTo("9.99 EUR");
		JsonCodec objects = JsonCodec.builder().adapter(Money.class, AS_OBJECT).build();
		byte[] asObject = objects.dumps(order);
		assertThat(new String(asObject, StandardCharsets.UTF_8))
			.isEqualTo("{\"id\":\"o1\",\"total\":{\"amount\":9.99,\"currency\":\"EUR\"},\"refunds\":[]}");
		assertThat(objects.loads(asObject, Order.class).total().toString()).isEqualTo("9.99 EUR");
	}

	@Test
	void theReadmeShowsThisCode() throws IOException {
		Path root = SharedData.repositoryRoot();
		String source = Files.readString(root.resolve("json-core/src/test/java/io/jsoncore/ReadmeExampleTest.java"));
		String example = source.substring(source.indexOf("// README begin\n") + "// README begin\n".length(),
				source.indexOf("\t// README end"));
		String unindented = example.replaceAll("(?m)^\t", "");
		String readme = Files.readString(root.resolve("README.md"));
		assertThat(readme).contains("```java\n" + unindented + "```\n");
	}
}
