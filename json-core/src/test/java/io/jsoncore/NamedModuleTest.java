package io.jsoncore;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * json-core as the named module {@code io.jsoncore}, as a modular application uses it: an application module is
 * compiled here against it, and run in a JVM of its own on the module path. Its records are written by a writer
 * class generated for them (seen from the accessor's stack), read back, and a type of its own goes through an
 * adapter both ways. A record in a package the application neither opens nor exports fails, naming its accessor.
 */
class NamedModuleTest {

	private static final String MODULE_INFO = """
			module app {
			    requires io.jsoncore;
			    opens app.model to io.jsoncore;
			}
			""";

	private static final String LINE = """
			package app.model;

			public record Line(String sku, int quantity, Tag tag) {

			    public static String writer;

			    @Override
			    public String sku() {
			        writer = StackWalker.getInstance(StackWalker.Option.SHOW_HIDDEN_FRAMES)
			            .walk((frames) -> frames.map((frame) -> frame.getClassName())
			                .filter((name) -> name.startsWith("io.jsoncore.internal.encode."))
			                .findFirst().orElse("none"));
			        return this.sku;
			    }

			    public record Tag(String text) {
			    }
			}
			""";

	private static final String SECRET = """
			package app.closed;

			public record Secret(String value) {
			}
			""";

	private static final String MAIN = """
			package app;

			import java.nio.charset.StandardCharsets;
			import java.util.List;

			import app.model.Line;
			import io.jsoncore.JsonAdapter;
			import io.jsoncore.JsonCodec;
			import io.jsoncore.TypeRef;

			public class Main {

			    public static void main(String[] args) {
			        JsonCodec codec = JsonCodec.builder()
			            .adapter(Line.Tag.class, JsonAdapter.text(Line.Tag::text, Line.Tag::new))
			            .build();
			        byte[] json = codec.dumps(List.of(new Line("a-1", 2, new Line.Tag("fragile"))));
			        System.out.println(new String(json, StandardCharsets.UTF_8));
			        System.out.println(codec.loads(json, new TypeRef<List<Line>>() { }));
			        System.out.println("writer: " + Line.writer.replaceFirst("/.*", ""));
			        System.out.println("module: " + JsonCodec.class.getModule().getName());
			        try {
			            codec.dumps(new app.closed.Secret("s"));
			        }
			        catch (io.jsoncore.JsonEncodeException ex) {
			            String cause = ex.getCause().getMessage();
			            System.out.println(ex.getMessage() + " / " + cause.substring(0, cause.indexOf("()") + 2));
			        }
			    }
			}
			""";

	@Test
	void aModularApplicationGetsGeneratedWritersAndAdapters(@TempDir Path dir) throws Exception {
		Path jsoncore = Paths.get(JsonCodec.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		assertThat(jsoncore.resolve("module-info.class")).exists();
		Path sources = dir.resolve("src");
		List<String> files = new ArrayList<>();
		files.add(write(sources.resolve("module-info.java"), MODULE_INFO));
		files.add(write(sources.resolve("app/model/Line.java"), LINE));
		files.add(write(sources.resolve("app/Main.java"), MAIN));
		files.add(write(sources.resolve("app/closed/Secret.java"), SECRET));
		Path classes = dir.resolve("classes");
		JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
		List<String> arguments = new ArrayList<>(List.of("--release", "17", "--module-path", jsoncore.toString(), "-d",
				classes.toString()));
		arguments.addAll(files);
		assertThat(javac.run(null, null, null, arguments.toArray(new String[0]))).as("javac's exit code").isZero();

		String launcher = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
		Process process = new ProcessBuilder(launcher, "--module-path", jsoncore + File.pathSeparator + classes,
				"-m", "app/app.Main")
			.redirectErrorStream(true)
			.start();
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(output).isEqualTo("""
				[{"sku":"a-1","quantity":2,"tag":"fragile"}]
				[Line[sku=a-1, quantity=2, tag=Tag[text=fragile]]]
				writer: io.jsoncore.internal.encode.RecordWriter$$Line
				module: io.jsoncore
				Type is not JSON serializable: app.closed.Secret / Cannot read public java.lang.String app.closed.Secret.value()
				""");
		assertThat(process.exitValue()).isZero();
	}

	private static String write(Path file, String text) throws IOException {
		Files.createDirectories(file.getParent());
		Files.writeString(file, text);
		return file.toString();
	}
}
