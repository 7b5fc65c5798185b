package io.jsoncore.fuzz;

/**
 * Jazzer's entry point for untyped {@code loads}, with the default limits and tight ones:
 * {@code json-core/fuzz/run loads}.
 * The invariants are {@link FuzzTargets#loads(byte[])}'s.
 */
public final class LoadsFuzzer {

	private LoadsFuzzer() {
	}

	public static void fuzzerTestOneInput(byte[] input) {
		FuzzTargets.loads(input);
	}
}
