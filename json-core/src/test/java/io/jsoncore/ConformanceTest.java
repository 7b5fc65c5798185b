package io.jsoncore;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.jsoncore.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static io.jsoncore.testing.TreeDifference.firstDifference;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The public conformance data in {@code ../shared/conformance} and the benchmark corpora in
 * {@code ../shared/corpus}: what is accepted, what is rejected, and what comes back out. Skipped where the shared
 * folder is absent.
 */
class ConformanceTest {

	// ---- jsonchecker (json.org JSON_checker)

	@Test
	void jsonCheckerHas36Files() throws IOException {
		List<String> names = list("conformance/jsonchecker");

		assertThat(names).hasSize(36);
		List<String> expected = new ArrayList<>(List.of("pass01.json", "pass02.json", "pass03.json"));
		expected.addAll(failFiles().collect(Collectors.toList()));
		expected.addAll(List.of("fail01.json", "fail18.json"));
		assertThat(names).containsExactlyInAnyOrderElementsOf(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "pass01.json", "pass02.json", "pass03.json" })
	void jsonCheckerPassFileIsAccepted(String file) {
		byte[] json = SharedData.readBytes("conformance/jsonchecker/" + file);

		assertThat(json).isNotEmpty();
		assertThatCode(() -> Json.loads(json)).doesNotThrowAnyException();
	}

	static Stream<String> failFiles() {
		return IntStream.rangeClosed(2, 33).filter(i -> i != 18).mapToObj(i -> String.format("fail%02d.json", i));
	}

	@ParameterizedTest
	@MethodSource("failFiles")
	void jsonCheckerFailFileIsRejected(String file) {
		byte[] json = SharedData.readBytes("conformance/jsonchecker/" + file);

		assertThat(json).isNotEmpty();
		assertThatThrownBy(() -> Json.loads(json)).isInstanceOf(JsonDecodeException.class);
	}

	@Test
	void jsonCheckerFail01IsAcceptedAsTopLevelString() {
		byte[] json = SharedData.readBytes("conformance/jsonchecker/fail01.json");

		assertThat(Json.loads(json)).isEqualTo("A JSON payload should be an object or array, not a string.");
	}

	@Test
	void jsonCheckerFail18IsAcceptedAsTwentyNestedArrays() {
		Object value = Json.loads(SharedData.readBytes("conformance/jsonchecker/fail18.json"));

		int depth = 0;
		while (value instanceof List) {
			value = ((List<?>) value).get(0);
			depth++;
		}
		assertThat(depth).isEqualTo(20);
		assertThat(value).isEqualTo("Too deep");
	}

	@Test
	void jsonCheckerPass02IsNineteenNestedArrays() {
		Object value = Json.loads(SharedData.readBytes("conformance/jsonchecker/pass02.json"));

		int depth = 0;
		while (value instanceof List) {
			value = ((List<?>) value).get(0);
			depth++;
		}
		assertThat(depth).isEqualTo(19);
		assertThat(value).isEqualTo("Not too deep");
	}

	// ---- roundtrip (nativejson-benchmark)

	@Test
	void roundtripHas27Files() throws IOException {
		assertThat(list("conformance/roundtrip"))
			.containsExactlyElementsOf(roundtripFiles().collect(Collectors.toList()));
	}

	static Stream<String> roundtripFiles() {
		return IntStream.rangeClosed(1, 27).mapToObj(i -> String.format("roundtrip%02d.json", i));
	}

	@ParameterizedTest
	@MethodSource("roundtripFiles")
	void roundtripFileIsWrittenBackByteForByte(String file) {
		byte[] json = SharedData.readBytes("conformance/roundtrip/" + file);
		// orjson writes a signed exponent where RapidJSON's file has none
		String expected = file.equals("roundtrip27.json") ? "[1.7976931348623157e+308]"
				: new String(json, StandardCharsets.UTF_8);

		assertThat(json).isNotEmpty();
		assertThat(new String(Json.dumps(Json.loads(json)), StandardCharsets.UTF_8)).isEqualTo(expected);
	}

	@Test
	void roundtrip27IsTheLargestDouble() {
		byte[] json = SharedData.readBytes("conformance/roundtrip/roundtrip27.json");

		assertThat(new String(json, StandardCharsets.UTF_8)).isEqualTo("[1.7976931348623157e308]");
		assertThat(Json.loads(json)).isEqualTo(List.of(Double.MAX_VALUE));
	}

	// ---- corpora

	@ParameterizedTest
	@ValueSource(strings = { "twitter", "github", "citm_catalog", "canada", "issue331_1", "issue331_2" })
	void corpusSurvivesDumpsThenLoads(String name) {
		byte[] json = SharedData.readBytes("corpus/" + name + ".json");
		Object tree = Json.loads(json);

		assertThat(json).isNotEmpty();
		assertThat(firstDifference(tree, Json.loads(Json.dumps(tree)), "$")).isNull();
	}

	/*
	 * The SHA-256 of orjson's compact output for each corpus, made with orjson 3.8.3 (the one at hand):
	 *   python3 -c "import orjson,hashlib,sys; d=orjson.dumps(orjson.loads(open(sys.argv[1],'rb').read())); \
	 *     print(len(d), hashlib.sha256(d).hexdigest())" corpus/twitter.json
	 * 3.8.3 and 3.11.8 differ only in the layout of doubles with an exponent (1e16 vs 1e+16), and no double in
	 * these corpora is written with one: twitter has one (0.087), github and citm_catalog none, canada 111,080, all
	 * between 0.087 and 141.01. So this is also 3.11.8's output.
	 */
	@ParameterizedTest
	@CsvSource({
		"twitter,      466906,  584c28f40d3e00dd6aed43b80cec9f8df9e5c2c9967320f9c41c881fd02c4392",
		"github,       53329,   9fcfe29a3aa85ba7b5ab82f2d684426731aba98d2255550d39bf9264315c2a03",
		"citm_catalog, 500299,  831f4a8f271d6650d49b87c3af6b6adaaea122e563dd85fa03dc62b03c3ab7ef",
		"canada,       2090234, bd4f364718711da4bca3c40ee737ef7f0eef3d3f9303067269581be73d65546d",
	})
	void corpusIsWrittenAsOrjsonWritesIt(String name, int length, String sha256) {
		byte[] json = SharedData.readBytes("corpus/" + name + ".json");
		byte[] written = Json.dumps(Json.loads(json));

		assertThat(written).hasSize(length);
		assertThat(sha256(written)).isEqualTo(sha256);
	}

	@Test
	void issue331IsWrittenBackCompact() {
		// issue331_1.json is orjson's compact output; issue331_2.json is the same bytes and a trailing newline
		byte[] compact = SharedData.readBytes("corpus/issue331_1.json");
		byte[] withNewline = SharedData.readBytes("corpus/issue331_2.json");

		assertThat(compact).hasSize(1356);
		assertThat(Arrays.copyOf(withNewline, withNewline.length - 1)).isEqualTo(compact);
		assertThat(withNewline[withNewline.length - 1]).isEqualTo((byte) '\n');
		assertThat(Json.dumps(Json.loads(compact))).isEqualTo(compact);
		assertThat(Json.dumps(Json.loads(withNewline))).isEqualTo(compact);
	}

	@Test
	void naughtyStringsSurviveDumpsThenLoads() {
		String text = new String(SharedData.readBytes("corpus/blns.txt"), StandardCharsets.UTF_8);
		int count = 0;
		for (String line : text.split("\n", -1)) {
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			byte[] written = Json.dumps(line);
			assertThat(Json.loads(written)).as(line).isEqualTo(line);
			assertThat(Json.loads(Json.dumps(Map.of(line, List.of(line))))).as(line).isEqualTo(Map.of(line, List.of(line)));
			count++;
		}
		assertThat(count).isGreaterThan(400);
	}

	// ---- helpers

	private static List<String> list(String folder) throws IOException {
		try (Stream<Path> files = Files.list(SharedData.require(folder))) {
			return files.map(path -> path.getFileName().toString())
				.filter(name -> name.endsWith(".json"))
				.sorted()
				.collect(Collectors.toList());
		}
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
