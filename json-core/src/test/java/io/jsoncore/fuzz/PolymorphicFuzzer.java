package io.jsoncore.fuzz;

/**
 * Jazzer's entry point for polymorphic reading into the sealed and {@code @JsonTypeInfo} types of
 * {@link FuzzShapes}: {@code json-core/fuzz/run polymorphic}. The invariants are
 * {@link FuzzTargets#polymorphic(byte[])}'s.
 */
public final class PolymorphicFuzzer {

	private PolymorphicFuzzer() {
	}

	public static void fuzzerTestOneInput(byte[] input) {
		FuzzTargets.polymorphic(input);
	}
}
