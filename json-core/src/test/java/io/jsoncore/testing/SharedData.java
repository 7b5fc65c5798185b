package io.jsoncore.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.jupiter.api.Assumptions;

/**
 * Finds the project's {@code ../shared} folder (conformance data and corpora) beside the repository root.
 *
 * <p>Surefire runs each module in its own folder, so the root is resolved first: from the
 * {@code jsoncore.shared} system property the build sets, else by walking up to the folder that holds
 * {@code mvnw}. Tests that need the data call {@link #require(String)}, which skips the test where
 * {@code shared} is absent; where it is present a test must then assert that it read something.
 */
public final class SharedData {

	/** What a skipped test's reason says, and what {@link SharedDataSkips} counts. */
	static final String ABSENT = "../shared is absent";

	private SharedData() {
	}

	/** The shared folder, or {@code null} where this checkout has none beside it. */
	public static Path root() {
		String configured = System.getProperty("jsoncore.shared");
		if (configured != null && !configured.isEmpty()) {
			Path path = Paths.get(configured).toAbsolutePath().normalize();
			if (Files.isDirectory(path)) {
				return path;
			}
		}
		Path shared = repositoryRoot().resolveSibling("shared");
		return Files.isDirectory(shared) ? shared : null;
	}

	/** The repository's root: the folder that holds {@code mvnw}, from the module's folder upwards. */
	public static Path repositoryRoot() {
		Path dir = Paths.get("").toAbsolutePath();
		while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
			dir = dir.getParent();
		}
		if (dir == null) {
			throw new IllegalStateException("no mvnw above " + Paths.get("").toAbsolutePath());
		}
		return dir;
	}

	/** The path below {@code shared}, skipping the calling test where it does not exist. */
	public static Path require(String relative) {
		Path root = root();
		Assumptions.assumeTrue(root != null, ABSENT + ": skipping");
		Path path = root.resolve(relative);
		Assumptions.assumeTrue(Files.exists(path), () -> ABSENT + " or incomplete, without " + relative + ": skipping");
		return path;
	}

	public static byte[] readBytes(String relative) {
		try {
			return Files.readAllBytes(require(relative));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
