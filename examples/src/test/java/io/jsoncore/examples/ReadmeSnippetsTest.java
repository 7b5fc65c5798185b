package io.jsoncore.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's Java and YAML blocks are this module's files, character for character: each is preceded by
 * {@code <!-- snippet: path -->}, and the build compiles and runs the file that path names. A README block without
 * the marker, or a block of the README or of {@code docs/} that drifted from its file, fails here.
 */
class ReadmeSnippetsTest {

	private static final Pattern BLOCK = Pattern.compile("(?:<!-- snippet: (\\S+) -->\\n)?```(java|yaml)\\n(.*?)```",
			Pattern.DOTALL);

	private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

	@Test
	void everyJavaAndYamlBlockOfTheReadmeIsAFileOfTheBuild() throws IOException {
		List<String> quoted = checkSnippets(ROOT.resolve("README.md"), true);

		assertThat(quoted).contains("examples/src/main/java/io/jsoncore/examples/QuickStart.java",
				"examples/src/main/java/io/jsoncore/examples/ConfiguredCodec.java",
				"examples/src/main/java/io/jsoncore/examples/orders/OrderController.java",
				"examples/src/main/resources/application.yml");
	}

	@Test
	void theDocsBlocksThatNameAFileQuoteIt() throws IOException {
		List<String> quoted = new ArrayList<>();
		try (Stream<Path> pages = Files.walk(ROOT.resolve("docs"))) {
			for (Path page : pages.filter(path -> path.toString().endsWith(".md")).toList()) {
				quoted.addAll(checkSnippets(page, false));
			}
		}

		assertThat(quoted).contains("examples/src/main/java/io/jsoncore/examples/MoneyAdapters.java");
	}

	// The files the page's blocks quote, each checked against its file; with everyBlock, a Java or YAML block
	// that names no file fails.
	private static List<String> checkSnippets(Path page, boolean everyBlock) throws IOException {
		Matcher matcher = BLOCK.matcher(Files.readString(page));
		List<String> quoted = new ArrayList<>();
		while (matcher.find()) {
			String path = matcher.group(1);
			if (path == null) {
				assertThat(everyBlock).as("%s: its %s block at char %d names no file with <!-- snippet: path -->",
						ROOT.relativize(page), matcher.group(2), matcher.start()).isFalse();
				continue;
			}
			assertThat(path).as("a snippet is a file of the examples module").startsWith("examples/");
			assertThat(matcher.group(3)).as("%s quoting %s", ROOT.relativize(page), path)
				.isEqualTo(Files.readString(ROOT.resolve(path)));
			quoted.add(path);
		}
		return quoted;
	}
}
