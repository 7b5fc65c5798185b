package io.jsoncore.sample.twitter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import io.jsoncore.Json;
import io.jsoncore.corpus.twitter.TwitterSearch;
import org.springframework.stereotype.Component;

/**
 * {@code twitter.json} read once into the corpus-models records, or nothing when the file is absent (a clone
 * without {@code ../shared}). Read with json-core whichever converter writes the responses: only the writing is
 * compared between the two.
 */
@Component
public class TwitterCorpus {

	private final Path file;

	private final Optional<TwitterSearch> search;

	public TwitterCorpus(CorpusProperties properties) {
		this.file = Path.of(properties.corpusDir()).resolve("twitter.json").toAbsolutePath().normalize();
		this.search = Files.isRegularFile(this.file) ? Optional.of(read(this.file)) : Optional.empty();
	}

	private static TwitterSearch read(Path file) {
		try {
			return Json.loads(Files.readAllBytes(file), TwitterSearch.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public Optional<TwitterSearch> search() {
		return this.search;
	}

	public Path file() {
		return this.file;
	}
}
