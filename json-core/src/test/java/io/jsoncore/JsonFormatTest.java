package io.jsoncore;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;

import com.fasterxml.jackson.annotation.JsonFormat;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A property's own {@code @JsonFormat}, the first rule of which mapping applies: before an adapter, before the
 * type's own mapping. A date-time {@code pattern} and {@code shape = STRING} on numbers, both ways.
 */
class JsonFormatTest {

	record Event(@JsonFormat(pattern = "dd.MM.yyyy") LocalDate day,
			@JsonFormat(pattern = "yyyy-MM-dd HH:mm") LocalDateTime at,
			@JsonFormat(shape = JsonFormat.Shape.STRING) long id,
			@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount, LocalDate plain) {
	}

	public static class Invoice {

		@JsonFormat(pattern = "yyyyMMdd")
		private LocalDate due;

		public LocalDate getDue() {
			return this.due;
		}

		public void setDue(LocalDate due) {
			this.due = due;
		}
	}

	private static final Event EVENT = new Event(LocalDate.of(2026, 12, 4), LocalDateTime.of(2026, 12, 4, 3, 4),
			12_345_678_901_234_567L, new BigDecimal("1.50"), LocalDate.of(2026, 1, 2));

	private static final String EVENT_JSON = "{\"day\":\"04.12.2026\",\"at\":\"2026-12-04 03:04\","
			+ "\"id\":\"12345678901234567\",\"amount\":\"1.50\",\"plain\":\"2026-01-02\"}";

	private static String text(byte[] json) {
		return new String(json, StandardCharsets.UTF_8);
	}

	@Test
	void aPatternAndAStringShapeAreWrittenAndReadBack() {
		assertThat(text(Json.dumps(EVENT))).isEqualTo(EVENT_JSON);
		assertThat(Json.loads(EVENT_JSON.getBytes(), Event.class)).isEqualTo(EVENT);
	}

	@Test
	void aStringShapedNumberStillReadsFromANumber() {
		Event event = Json.loads("{\"id\":7,\"amount\":2.5}".getBytes(), Event.class);
		assertThat(event.id()).isEqualTo(7);
		assertThat(event.amount()).isEqualByComparingTo("2.5");
	}

	@Test
	void textThePatternRejectsIsABindingError() {
		assertThatThrownBy(() -> Json.loads("{\"day\":\"2026-12-04\"}".getBytes(), Event.class))
			.isInstanceOf(JsonDecodeException.class)
			.hasMessage("expected java.time.LocalDate but found \"2026-12-04\" at $.day: line 1 column 8 (char 7)");
	}

	@Test
	void aBeanPropertysFormatAppliesBothWays() {
		Invoice invoice = Json.loads("{\"due\":\"20261204\"}".getBytes(), Invoice.class);
		assertThat(invoice.getDue()).isEqualTo(LocalDate.of(2026, 12, 4));
		assertThat(text(Json.dumps(invoice))).isEqualTo("{\"due\":\"20261204\"}");
	}

	@Test
	void aPropertysFormatComesBeforeAnAdapter() {
		JsonCodec codec = JsonCodec.builder()
			.adapter(LocalDate.class, JsonAdapter.text((date) -> "adapted", (text) -> LocalDate.EPOCH))
			.build();
		byte[] json = codec.dumps(EVENT);
		assertThat(text(json)).isEqualTo(EVENT_JSON.replace("\"plain\":\"2026-01-02\"", "\"plain\":\"adapted\""));
		assertThat(codec.loads(json, Event.class).day()).isEqualTo(LocalDate.of(2026, 12, 4));
		assertThat(codec.loads(json, Event.class).plain()).isEqualTo(LocalDate.EPOCH);
	}
}
