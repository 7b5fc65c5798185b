package io.jsoncore.sample.large;

/**
 * A money amount json-core does not know (no record, no getters): it is written through the fallback function
 * that {@link AmountFallback} gives the codec, so a large response of them calls the fallback once per element.
 */
public final class Amount {

	private final long cents;

	private final String currency;

	public Amount(long cents, String currency) {
		this.cents = cents;
		this.currency = currency;
	}

	@Override
	public String toString() {
		return (this.cents / 100) + "." + String.format("%02d", Math.abs(this.cents % 100)) + " " + this.currency;
	}
}
