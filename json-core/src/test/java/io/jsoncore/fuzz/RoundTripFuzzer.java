package io.jsoncore.fuzz;

/**
 * Jazzer's entry point for the round trip: {@code loads(dumps(loads(x)))} equals {@code loads(x)}:
 * {@code json-core/fuzz/run roundTrip}.
 * The invariants are {@link FuzzTargets#roundTrip(byte[])}'s.
 */
public final class RoundTripFuzzer {

	private RoundTripFuzzer() {
	}

	public static void fuzzerTestOneInput(byte[] input) {
		FuzzTargets.roundTrip(input);
	}
}
