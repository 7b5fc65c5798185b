package io.jsoncore.fuzz;

/**
 * Jazzer's entry point for typed {@code loads} into the records of {@link FuzzRecords}:
 * {@code json-core/fuzz/run loadsTyped}.
 * The invariants are {@link FuzzTargets#loadsTyped(byte[])}'s.
 */
public final class LoadsTypedFuzzer {

	private LoadsTypedFuzzer() {
	}

	public static void fuzzerTestOneInput(byte[] input) {
		FuzzTargets.loadsTyped(input);
	}
}
