package io.jsoncore.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import io.jsoncore.Json;
import io.jsoncore.JsonDecodeException;
import io.jsoncore.TypeRef;
import io.jsoncore.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The short fuzzing run of the test command: every kept input under {@code src/test/resources/fuzz/<target>/}
 * (the seeds, and each input a long run found a bug with) goes through every fuzz target, without the fuzzer.
 * Each input must keep the target's invariants within {@link #TIMEOUT}.
 */
class FuzzRegressionTest {

	static final List<String> TARGETS = List.of("loads", "loadsTyped", "roundTrip", "adapters", "polymorphic");

	/** Far above what any kept input takes (milliseconds); reached only by a hang. */
	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	@ParameterizedTest(name = "{0}")
	@MethodSource("keptInputs")
	void loadsKeepsItsInvariants(String name, byte[] input) {
		run(FuzzTargets::loads, input);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("keptInputs")
	void loadsTypedKeepsItsInvariants(String name, byte[] input) {
		run(FuzzTargets::loadsTyped, input);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("keptInputs")
	void roundTripKeepsItsInvariants(String name, byte[] input) {
		run(FuzzTargets::roundTrip, input);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("keptInputs")
	void adaptersKeepTheirInvariants(String name, byte[] input) {
		run(FuzzTargets::adapters, input);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("keptInputs")
	void polymorphicReadingKeepsItsInvariants(String name, byte[] input) {
		run(FuzzTargets::polymorphic, input);
	}

	@Test
	void everyTargetHasKeptInputs() {
		for (String target : TARGETS) {
			assertThat(files(target)).as(target).isNotEmpty();
		}
	}

	/** So that typed fuzzing starts from inputs that get past the first property. */
	@Test
	void everyTypedSeedLoadsIntoOneOfTheRecords() throws IOException {
		for (Path file : files("loadsTyped")) {
			if (!file.getFileName().toString().startsWith("seed-")) {
				continue;
			}
			byte[] input = Files.readAllBytes(file);
			List<String> loaded = new ArrayList<>();
			for (TypeRef<?> type : FuzzRecords.TYPES) {
				try {
					Json.loads(input, type);
					loaded.add(type.toString());
				}
				catch (JsonDecodeException ex) {
					// another record's seed
				}
			}
			assertThat(loaded).as(file.getFileName().toString()).isNotEmpty();
		}
	}

	/** The conformance files fuzz/run also starts from. */
	@Test
	void sharedConformanceFilesKeepEveryInvariant() throws IOException {
		int read = 0;
		for (String folder : List.of("conformance/jsonchecker", "conformance/roundtrip")) {
			try (Stream<Path> paths = Files.list(SharedData.require(folder))) {
				for (Path path : paths.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
					byte[] input = Files.readAllBytes(path);
					run(FuzzTargets::loads, input);
					run(FuzzTargets::loadsTyped, input);
					run(FuzzTargets::roundTrip, input);
					run(FuzzTargets::adapters, input);
					run(FuzzTargets::polymorphic, input);
					read++;
				}
			}
		}
		assertThat(read).isGreaterThan(50);
	}

	static Stream<Arguments> keptInputs() {
		List<Arguments> inputs = new ArrayList<>();
		for (String target : TARGETS) {
			for (Path file : files(target)) {
				try {
					inputs.add(Arguments.of(target + "/" + file.getFileName(), Files.readAllBytes(file)));
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
		}
		return inputs.stream();
	}

	private static List<Path> files(String target) {
		URL url = FuzzRegressionTest.class.getResource("/fuzz/" + target);
		assertThat(url).as("/fuzz/%s on the test classpath", target).isNotNull();
		try (Stream<Path> paths = Files.list(Paths.get(url.toURI()))) {
			return paths.filter(Files::isRegularFile).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void run(Consumer<byte[]> target, byte[] input) {
		assertTimeoutPreemptively(TIMEOUT, () -> target.accept(input), () -> "hung on " + FuzzTargets.show(input));
	}
}
