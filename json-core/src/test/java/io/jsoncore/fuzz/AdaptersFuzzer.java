package io.jsoncore.fuzz;

/**
 * Jazzer's entry point for adapters: a tree read through {@code JsonReader} is the tree {@code loads} builds, and
 * fails where it fails, with the same message; written through {@code JsonWriter} it is what {@code dumps} writes:
 * {@code json-core/fuzz/run adapters}. The invariants are {@link FuzzTargets#adapters(byte[])}'s.
 */
public final class AdaptersFuzzer {

	private AdaptersFuzzer() {
	}

	public static void fuzzerTestOneInput(byte[] input) {
		FuzzTargets.adapters(input);
	}
}
