package io.jsoncore.examples;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs each example's {@code main} and compares what it prints, line by line, with the {@code // prints ...}
 * comments of its source, which the README quotes: the README cannot show an output the code does not give.
 */
class ExamplesPrintWhatTheyShowTest {

	private static final Pattern PRINTS = Pattern.compile("// prints (.*)$|// prints$", Pattern.MULTILINE);

	@ParameterizedTest
	@ValueSource(classes = { QuickStart.class, ConfiguredCodec.class, MoneyAdapters.class })
	void printsExactlyTheLinesItsCommentsShow(Class<?> example) throws Exception {
		List<String> shown = shownLines(example);
		assertThat(shown).as("the // prints comments of " + example.getSimpleName()).isNotEmpty();

		assertThat(run(example)).isEqualTo(shown);
	}

	private static List<String> shownLines(Class<?> example) throws IOException {
		Path source = Path.of("src/main/java", example.getName().replace('.', '/') + ".java");
		Matcher matcher = PRINTS.matcher(Files.readString(source));
		List<String> lines = new ArrayList<>();
		while (matcher.find()) {
			lines.add(matcher.group(1) != null ? matcher.group(1) : "");
		}
		return lines;
	}

	private static List<String> run(Class<?> example) throws Exception {
		PrintStream console = System.out;
		ByteArrayOutputStream captured = new ByteArrayOutputStream();
		System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
		try {
			example.getMethod("main", String[].class).invoke(null, (Object) new String[0]);
		}
		finally {
			System.setOut(console);
		}
		return captured.toString(StandardCharsets.UTF_8).lines().toList();
	}
}
