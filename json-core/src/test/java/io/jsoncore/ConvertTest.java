package io.jsoncore;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.jsoncore.adapters.Money;
import io.jsoncore.adapters.MoneyAdapters;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** {@code convert} gives what {@code loads(dumps(value), type)} gives, errors included. */
class ConvertTest {

	record Line(String sku, int quantity, Money price) {
	}

	record Order(String id, List<Line> lines, LocalDateTime at) {
	}

	private static final JsonCodec CODEC = JsonCodec.builder()
		.options(JsonOption.OMIT_MICROSECONDS)
		.adapter(Money.class, MoneyAdapters.TEXT)
		.build();

	@Test
	void anUntypedTreeBecomesARecord() {
		Object tree = CODEC.loads("{\"id\":\"o1\",\"lines\":[{\"sku\":\"a\",\"quantity\":2,\"price\":\"1.50 EUR\"}],"
				+ "\"at\":\"2024-01-02T03:04:05\"}");
		assertThat(CODEC.convert(tree, Order.class)).isEqualTo(new Order("o1",
				List.of(new Line("a", 2, new Money("1.50", "EUR"))), LocalDateTime.of(2024, 1, 2, 3, 4, 5)));
	}

	@Test
	void aMapHoldingValuesOfAnyTypeBecomesARecord() {
		Map<String, Object> line = new LinkedHashMap<>();
		line.put("sku", "a");
		line.put("quantity", 2L);
		line.put("price", new Money("1.5", "EUR"));
		// the codec's options apply on the way: OMIT_MICROSECONDS drops the microseconds
		Map<String, Object> order = Map.of("id", "o1", "lines", List.of(line), "at",
				LocalDateTime.of(2024, 1, 2, 3, 4, 5, 123_456_000));
		assertThat(CODEC.convert(order, Order.class)).isEqualTo(new Order("o1",
				List.of(new Line("a", 2, new Money("1.5", "EUR"))), LocalDateTime.of(2024, 1, 2, 3, 4, 5)));
	}

	@Test
	void aRecordBecomesAMapOrAnotherShape() {
		Line line = new Line("a", 2, new Money("1.5", "EUR"));
		assertThat(CODEC.convert(line, new TypeRef<Map<String, Object>>() { }))
			.containsExactly(Map.entry("sku", "a"), Map.entry("quantity", 2L), Map.entry("price", "1.5 EUR"));
		record Sku(String sku) {
		}
		assertThat(CODEC.convert(line, Sku.class)).isEqualTo(new Sku("a"));
		assertThat(CODEC.convert(List.of(line, line), new TypeRef<List<Sku>>() { })).containsExactly(new Sku("a"),
				new Sku("a"));
	}

	@Test
	void nullConvertsAsJsonNull() {
		assertThat(CODEC.convert(null, Order.class)).isNull();
		assertThat(catchThrowableOfType(JsonDecodeException.class, () -> CODEC.convert(null, int.class)))
			.hasMessage("expected int but found null at $: line 1 column 1 (char 0)");
	}

	@Test
	void errorsAreThoseOfLoadsOfDumps() {
		Map<String, Object> bad = Map.of("lines", List.of(Map.of("quantity", "two")));
		JsonDecodeException direct = catchThrowableOfType(JsonDecodeException.class,
				() -> CODEC.loads(CODEC.dumps(bad), Order.class));
		assertThat(catchThrowableOfType(JsonDecodeException.class, () -> CODEC.convert(bad, Order.class)))
			.hasMessage(direct.getMessage())
			.hasMessage("expected int but found a string at $.lines[0].quantity: line 1 column 23 (char 22)");
		assertThat(catchThrowableOfType(JsonEncodeException.class,
				() -> JsonCodec.defaults().convert(new Money("1", "EUR"), Money.class)))
			.hasMessage("Type is not JSON serializable: io.jsoncore.adapters.Money");
	}
}
