package io.jsoncore.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Reads a corpus file by name ({@code twitter} → {@code twitter.json}) from the folder given to the benchmark. */
final class Corpus {

	private Corpus() {
	}

	static byte[] read(String folder, String name) {
		Path path = Paths.get(folder, name + ".json");
		if (!Files.isRegularFile(path)) {
			throw new IllegalArgumentException(path.toAbsolutePath() + " does not exist: pass the corpus folder with "
					+ "-p corpusDir=/path/to/shared/corpus (default ../shared/corpus, relative to the working directory)");
		}
		try {
			return Files.readAllBytes(path);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
