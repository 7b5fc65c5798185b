package io.jsoncore.adapters;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A third-party value type as tests meet one: no getters, no setters, no annotations, so jsoncore knows nothing
 * of it until an adapter teaches it.
 */
public final class Money {

	private final BigDecimal amount;

	private final String currency;

	public Money(String amount, String currency) {
		this.amount = new BigDecimal(amount);
		this.currency = currency;
	}

	public BigDecimal amount() {
		return this.amount;
	}

	public String currency() {
		return this.currency;
	}

	/** {@code "9.99 EUR"}. */
	public static Money parse(String text) {
		int space = text.indexOf(' ');
		if (space < 0) {
			throw new IllegalArgumentException("not money: " + text);
		}
		return new Money(text.substring(0, space), text.substring(space + 1));
	}

	@Override
	public String toString() {
		return this.amount.toPlainString() + " " + this.currency;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Money && ((Money) other).amount.equals(this.amount)
				&& ((Money) other).currency.equals(this.currency);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.amount, this.currency);
	}
}
