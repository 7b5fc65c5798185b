package io.jsoncore.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every relative link of the README and of {@code docs/} leads to a file that exists and, where it names a
 * heading ({@code #anchor}), to a heading of that file: the README's sections moved to {@code docs/}, and a link
 * left behind would send a newcomer nowhere.
 */
class DocsLinksTest {

	private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

	private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

	private static final Pattern CODE_BLOCK = Pattern.compile("```.*?```", Pattern.DOTALL);

	private static final Pattern HEADING = Pattern.compile("(?m)^#+ (.*)$");

	@Test
	void everyRelativeLinkLeadsToAFileAndHeadingThatExist() throws IOException {
		List<Path> pages = new ArrayList<>();
		pages.add(ROOT.resolve("README.md"));
		try (Stream<Path> docs = Files.walk(ROOT.resolve("docs"))) {
			docs.filter((path) -> path.toString().endsWith(".md")).forEach(pages::add);
		}
		List<String> broken = new ArrayList<>();
		int links = 0;
		for (Path page : pages) {
			String text = CODE_BLOCK.matcher(Files.readString(page)).replaceAll("");
			Matcher link = LINK.matcher(text);
			while (link.find()) {
				String target = link.group(1);
				if (target.startsWith("http://") || target.startsWith("https://")) {
					continue;
				}
				links++;
				int hash = target.indexOf('#');
				String file = hash < 0 ? target : target.substring(0, hash);
				Path resolved = file.isEmpty() ? page : page.getParent().resolve(file).normalize();
				if (!Files.exists(resolved)) {
					broken.add(ROOT.relativize(page) + ": " + target + " (no such file)");
				}
				else if (hash >= 0 && !anchors(resolved).contains(target.substring(hash + 1))) {
					broken.add(ROOT.relativize(page) + ": " + target + " (no such heading)");
				}
			}
		}

		assertThat(links).as("relative links read").isGreaterThan(20);
		assertThat(broken).isEmpty();
	}

	// GitHub's anchors: the heading in lower case, without code marks and punctuation, spaces as hyphens.
	private static Set<String> anchors(Path page) throws IOException {
		Set<String> anchors = new HashSet<>();
		Matcher heading = HEADING.matcher(Files.readString(page));
		while (heading.find()) {
			anchors.add(heading.group(1)
				.strip()
				.toLowerCase(Locale.ROOT)
				.replace("`", "")
				.replaceAll("[^\\p{L}\\p{N}_\\- ]", "")
				.replace(' ', '-'));
		}
		return anchors;
	}
}
