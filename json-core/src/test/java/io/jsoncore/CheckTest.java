package io.jsoncore;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * {@link JsonCodec#checkReadable} and {@link JsonCodec#checkWritable}: what a framework asks at start-up about the
 * types its endpoints read and write, with the message the first read or write would fail with.
 */
class CheckTest {

	/** A value type as libraries ship them: no getters, no annotations. */
	static final class Money {

		final BigDecimal amount;

		Money(BigDecimal amount) {
			this.amount = amount;
		}

		@Override
		public String toString() {
			return this.amount.toPlainString();
		}
	}

	record Invoice(String id, Money total) {
	}

	record Ledger(List<Invoice> invoices, Map<String, Optional<Money>> byName) {
	}

	record Page<T>(List<T> items, int total) {
	}

	record Line(String sku, int qty) {
	}

	interface Shape {
	}

	sealed interface Figure permits Circle, Blob {
	}

	record Circle(double radius) implements Figure {
	}

	record Blob(Thread owner) implements Figure {
	}

	record Holder(Object anything, Shape shape) {
	}

	@Test
	void aRecordOfKnownTypesIsWritable() {
		assertThatNoException().isThrownBy(() -> JsonCodec.defaults().checkWritable(Line.class));
		assertThatNoException().isThrownBy(() -> JsonCodec.defaults().checkWritable(new TypeRef<Page<Line>>() { }.type()));
	}

	@Test
	void aThirdPartyValueTypeIsNotWritableAndTheMessageIsTheWritesOwn() {
		assertThatIllegalArgumentException().isThrownBy(() -> JsonCodec.defaults().checkWritable(Invoice.class))
			.withMessage("Type is not JSON serializable: io.jsoncore.CheckTest$Money at $.total");
		JsonEncodeException write = org.junit.jupiter.api.Assertions.assertThrows(JsonEncodeException.class,
				() -> Json.dumps(new Invoice("i", new Money(BigDecimal.ONE))));
		assertThat(write.getMessage()).isEqualTo("Type is not JSON serializable: io.jsoncore.CheckTest$Money");
	}

	@Test
	void elementsMapValuesOptionalsAndTypeArgumentsAreFollowed() {
		assertThatIllegalArgumentException().isThrownBy(() -> JsonCodec.defaults().checkWritable(Ledger.class))
			.withMessage("Type is not JSON serializable: io.jsoncore.CheckTest$Money at $.invoices[].total");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> JsonCodec.defaults().checkWritable(new TypeRef<Page<Money>>() { }.type()))
			.withMessage("Type is not JSON serializable: io.jsoncore.CheckTest$Money at $.items[]");
	}

	@Test
	void anAdapterOrAFallbackMakesItWritable() {
		JsonCodec adapted = JsonCodec.builder()
			.adapter(Money.class, JsonAdapter.text(Money::toString, (text) -> new Money(new BigDecimal(text))))
			.build();
		assertThatNoException().isThrownBy(() -> adapted.checkWritable(Ledger.class));
		JsonCodec withFallback = JsonCodec.builder().fallback(Object::toString).build();
		assertThatNoException().isThrownBy(() -> withFallback.checkWritable(Ledger.class));
	}

	@Test
	void everyMemberOfASealedTypeIsChecked() {
		assertThatIllegalArgumentException().isThrownBy(() -> JsonCodec.defaults().checkWritable(Figure.class))
			.withMessage("Type is not JSON serializable: java.lang.Thread at $.owner");
	}

	@Test
	void whatTheDeclaredTypesDoNotTellIsNotFollowed() {
		assertThat(JsonCodec.defaults().checkWritable(Holder.class)).containsExactly(Holder.class);
	}

	@Test
	void theRecordsAndBeansFollowedAreReturnedInTheOrderMet() {
		assertThat(JsonCodec.defaults().checkWritable(new TypeRef<Page<Line>>() { }.type()))
			.containsExactly(Page.class, Line.class);
	}

	@Test
	void aPropertyOutsideTheViewIsNotChecked() {
		assertThatNoException().isThrownBy(() -> JsonCodec.defaults().withView(Summary.class).checkWritable(Account.class));
		assertThatIllegalArgumentException().isThrownBy(() -> JsonCodec.defaults().checkWritable(Account.class))
			.withMessage("Type is not JSON serializable: io.jsoncore.CheckTest$Money at $.balance");
	}

	interface Summary {
	}

	record Account(@com.fasterxml.jackson.annotation.JsonView(Summary.class) String name, Money balance) {
	}

	@Test
	void readableTypesPassAndTheDecoderIsKept() {
		JsonCodec codec = JsonCodec.builder().build();
		assertThatNoException().isThrownBy(() -> codec.checkReadable(new TypeRef<Page<Line>>() { }.type()));
		assertThat(codec.loads("{\"items\":[{\"sku\":\"a\",\"qty\":1}],\"total\":1}".getBytes(),
				new TypeRef<Page<Line>>() { })).isEqualTo(new Page<>(List.of(new Line("a", 1)), 1));
	}

	@Test
	void anUnreadableTypeNamesItselfAndWhy() {
		assertThatIllegalArgumentException().isThrownBy(() -> JsonCodec.defaults().checkReadable(Shape.class))
			.withMessageStartingWith("Cannot read io.jsoncore.CheckTest$Shape: it is an interface");
	}
}
