package io.jsoncore;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Malformed input and the exact message orjson 3.11.8 gives for it: yyjson's reason, then
 * {@code : line L column C (char N)} where N counts code points before the error.
 */
class ParsingErrorTest {

	private static final String SURROGATES = "str is not valid UTF-8: surrogates not allowed: line 1 column 1 (char 0)";

	static Stream<Arguments> orjsonErrors() {
		return Stream.of(
				error("", "Input is a zero-length, empty document", 0),
				error(" ", "input data is empty", 0),
				error("\n", "input data is empty", 0),
				error("[1,2,]", "trailing comma is not allowed", 4),
				error("{\"a\":1,}", "trailing comma is not allowed", 6),
				error("[NaN]", "unexpected character", 1),
				error(bytes(0xEF, 0xBB, 0xBF, '[', ']'), "unexpected character", 0),
				error("'a'", "unexpected character", 0),
				error("{1:2}", "unexpected character", 1),
				error("[1]//c", "unexpected content after document", 3),
				error(".5", "unexpected character", 0),
				error("+1", "unexpected character", 0),
				error("{", "unexpected end of data", 1),
				error("\"abc", "unexpected end of data", 4),
				error("nul", "unexpected end of data", 3),
				error("1.", "unexpected end of data", 2),
				error("1e", "unexpected end of data", 2),
				error("[1,2]x", "unexpected content after document", 5),
				error("true false", "unexpected content after document", 5),
				error("tru]", "invalid literal", 0),
				error("[-]", "no digit after minus sign", 2),
				error("-Infinity", "no digit after minus sign", 1),
				error("01", "number with leading zero is not allowed", 0),
				error("-01", "number with leading zero is not allowed", 1),
				error("[1.]", "no digit after decimal point", 3),
				error("[2.e3]", "no digit after decimal point", 3),
				error("[1e]", "no digit after exponent sign", 3),
				error("[1e+]", "no digit after exponent sign", 4),
				error("1e400", "number is infinity when parsed as double", 0),
				error("-1e+9999", "number is infinity when parsed as double", 0),
				error("[1e400]", "number is infinity when parsed as double", 1),
				error("\"a\u0001\"", "unexpected control character in string", 2),
				error("\"\\x\"", "invalid escaped character in string", 2),
				error("\"\\'\"", "invalid escaped character in string", 2),
				error("\"\\\t\"", "invalid escaped character in string", 2),
				error("\"\\u12g4\"", "invalid escaped sequence in string", 1),
				error("\"\\udc00\"", "invalid high surrogate in string", 1),
				error("\"\\ud800\"", "no low surrogate in string", 7),
				error("\"\\ud800\\u0041\"", "invalid low surrogate in string", 7),
				error("\"\\ud800x\"", "no low surrogate in string", 7),
				error("[1 2]", "unexpected character", 3),
				error("{\"a\" 1}", "unexpected character", 5),
				error("{\"a\":1 \"b\":2}", "unexpected character", 7),
				error("[,]", "unexpected character", 1),
				error("{,}", "unexpected character", 1),
				error("[}", "unexpected character", 1),
				error("{]", "unexpected character", 1),
				error("[1,,2]", "unexpected character", 3),
				error("{\"a\":}", "unexpected character", 5),
				error(bytes(0xFF), "str is not valid UTF-8: surrogates not allowed", 0),
				error("\"\\u", "unexpected end of data", 3),
				error("\"\\u00", "unexpected end of data", 5),
				error("\"\\", "unexpected end of data", 2),
				error("[1,", "unexpected end of data", 3),
				error("[1", "unexpected end of data", 2),
				error("{\"a\"", "unexpected end of data", 4),
				error("{\"a\":", "unexpected end of data", 5),
				error("[tru", "unexpected end of data", 4),
				error("[true", "unexpected end of data", 5),
				error("-", "unexpected end of data", 1),
				error("[01]", "number with leading zero is not allowed", 1),
				error("[00]", "number with leading zero is not allowed", 1),
				error("[1.e5]", "no digit after decimal point", 3),
				error("{\"a\":1}}", "unexpected content after document", 7),
				error("\f1", "unexpected character", 0),
				error("[\n1,\n2,\n]", "trailing comma is not allowed", 6, 3, 2),
				error("[1]  ,", "unexpected content after document", 5),
				error("0x1", "unexpected content after document", 1),
				error("[1.5e]", "no digit after exponent sign", 5),
				error("\"a\nb\"", "unexpected control character in string", 2),
				error("Infinity", "unexpected character", 0),
				error("nan", "invalid literal", 0),
				error("[true1]", "unexpected character", 5),
				error("[nulx]", "invalid literal", 1),
				error("{\"a\":tru}", "invalid literal", 5),
				error("-a", "no digit after minus sign", 1),
				error("[-a]", "no digit after minus sign", 2),
				error("1.a", "no digit after decimal point", 2),
				error("[1.a]", "no digit after decimal point", 3),
				error("[1ea]", "no digit after exponent sign", 3),
				error("[1e+a]", "no digit after exponent sign", 4),
				error("\"é\" x", "unexpected content after document", 4),
				error("[1,2", "unexpected end of data", 4),
				error("{\"a\":1", "unexpected end of data", 6),
				error("\"\"x", "unexpected content after document", 2),
				error("[]]", "unexpected content after document", 2),
				error("123abc", "unexpected content after document", 3),
				error("[123abc]", "unexpected character", 4),
				error("{\"a\":1,\"b\"}", "unexpected character", 10),
				error("{\"a\"}", "unexpected character", 4),
				error("[1}", "unexpected character", 2),
				error("{\"a\":1]", "unexpected character", 6),
				error("[-01]", "number with leading zero is not allowed", 2),
				error("[1e5.0]", "unexpected character", 4),
				error("[0.1.2]", "unexpected character", 4),
				error("1 2", "unexpected content after document", 2),
				error("[1]\u0000", "unexpected content after document", 3),
				error("[1\u0000", "unexpected character", 2),
				error(bytes('"', 0xC3, '"'), "str is not valid UTF-8: surrogates not allowed", 0),
				error("[" + "\"x\",".repeat(3) + "]", "trailing comma is not allowed", 12),
				error("t", "unexpected end of data", 1),
				// orjson's message, and the setting that raises jsoncore's limit (orjson's is fixed)
				error("[".repeat(1025) + "]".repeat(1025), "array and object recursion depth exceeded (maxDepth 1024)", 1025),
				error("[\n  ".repeat(1025) + "]".repeat(1025), "array and object recursion depth exceeded (maxDepth 1024)",
						4097, 1025, 4),
				// orjson 3.11.8 says "memory allocation failed" here, an allocator quirk jsoncore does not copy
				error("[".repeat(1025), "unexpected end of data", 1025));
	}

	@ParameterizedTest
	@MethodSource("orjsonErrors")
	void loadsRejectsMalformedInputWithOrjsonMessage(byte[] json, String message) {
		assertThatThrownBy(() -> Json.loads(json)).isInstanceOf(JsonDecodeException.class).hasMessage(message);
	}

	// ---- positions count code points

	static Stream<Arguments> codePointPositions() {
		return Stream.of(
				error("[\"😀\",]", "trailing comma is not allowed", 4),
				error("[\"é€😀\",]", "trailing comma is not allowed", 6),
				error("[\n\"é\",\n\"😀\",\n]", "trailing comma is not allowed", 10, 3, 4),
				error("{\"é\":\n\n\"😀\" x}", "unexpected character", 11, 3, 5),
				error("\"é😀\\u12g4\"", "invalid escaped sequence in string", 3),
				error("\"祗園\u0001\"", "unexpected control character in string", 3),
				error("[\"😀\"] \"😀\"", "unexpected content after document", 6),
				error("[\"é", "unexpected end of data", 3),
				error("{\"😀😀\":\"\\ud800\"}", "no low surrogate in string", 13),
				error("[\r\n1,\r\n]", "trailing comma is not allowed", 4, 2, 2),
				error("[1\n,]", "trailing comma is not allowed", 3, 2, 1),
				error("[1,\n]", "trailing comma is not allowed", 2, 1, 3),
				error("\n\n\n  [\"😀\n\"]", "unexpected control character in string", 8, 4, 6));
	}

	@ParameterizedTest
	@MethodSource("codePointPositions")
	void loadsReportsPositionsInCodePoints(byte[] json, String message) {
		assertThatThrownBy(() -> Json.loads(json)).isInstanceOf(JsonDecodeException.class).hasMessage(message);
		assertThatThrownBy(() -> Json.loads(new String(json, StandardCharsets.UTF_8)))
			.isInstanceOf(JsonDecodeException.class)
			.hasMessage(message);
	}

	// ---- invalid UTF-8, anywhere in the input

	static Stream<Arguments> invalidUtf8() {
		return Stream.of(
				// overlong forms
				invalid("overlong NUL C0 80", '"', 0xC0, 0x80, '"'),
				invalid("overlong C1 BF", '"', 0xC1, 0xBF, '"'),
				invalid("overlong E0 80 80", '"', 0xE0, 0x80, 0x80, '"'),
				invalid("overlong E0 9F BF", '"', 0xE0, 0x9F, 0xBF, '"'),
				invalid("overlong F0 80 80 80", '"', 0xF0, 0x80, 0x80, 0x80, '"'),
				invalid("overlong F0 8F BF BF", '"', 0xF0, 0x8F, 0xBF, 0xBF, '"'),
				// encoded surrogates
				invalid("surrogate ED A0 80", '"', 0xED, 0xA0, 0x80, '"'),
				invalid("surrogate ED BF BF", '"', 0xED, 0xBF, 0xBF, '"'),
				invalid("surrogate pair ED A0 BD ED B8 80", '"', 0xED, 0xA0, 0xBD, 0xED, 0xB8, 0x80, '"'),
				// above U+10FFFF
				invalid("F4 90 80 80", '"', 0xF4, 0x90, 0x80, 0x80, '"'),
				invalid("F5 80 80 80", '"', 0xF5, 0x80, 0x80, 0x80, '"'),
				invalid("F7 BF BF BF", '"', 0xF7, 0xBF, 0xBF, 0xBF, '"'),
				invalid("F8 88 80 80 80", '"', 0xF8, 0x88, 0x80, 0x80, 0x80, '"'),
				invalid("FC 84 80 80 80 80", '"', 0xFC, 0x84, 0x80, 0x80, 0x80, 0x80, '"'),
				invalid("FE", '"', 0xFE, '"'),
				invalid("FF", '"', 0xFF, '"'),
				// lone continuation bytes
				invalid("lone 80", '"', 0x80, '"'),
				invalid("lone BF", '"', 0xBF, '"'),
				invalid("extra continuation", '"', 0xC3, 0xA9, 0xA9, '"'),
				// truncated sequences at the end of input
				invalid("C3 at end", '"', 0xC3),
				invalid("E2 82 at end", '"', 'a', 0xE2, 0x82),
				invalid("F0 9F 98 at end", '"', 0xF0, 0x9F, 0x98),
				invalid("F0 at end", '[', '"', 0xF0),
				// truncated sequences mid-string
				invalid("C3 then ASCII", '"', 0xC3, 'A', '"'),
				invalid("E2 82 then ASCII", '"', 0xE2, 0x82, 'A', '"'),
				invalid("F0 9F 98 then ASCII", '"', 0xF0, 0x9F, 0x98, 'A', '"'),
				invalid("E2 then quote", '"', 0xE2, '"'),
				invalid("F0 9F then 2-byte", '"', 0xF0, 0x9F, 0xC3, 0xA9, '"'),
				// outside strings
				invalid("80 in array", '[', 0x80, ']'),
				invalid("FF after comma", '[', '1', ',', 0xFF, ']'),
				invalid("C3 as a key", '{', 0xC3, ':', '1', '}'),
				invalid("FF after the document", '[', '1', ']', 0xFF),
				invalid("FF after a syntax error", '[', '1', ',', ']', 0xFF),
				// inside strings read by the paths that validate them as they go
				invalid("FF in a key", '{', '"', 'a', 0xFF, '"', ':', '1', '}'),
				invalid("FF in a key seen before", '[', '{', '"', 'k', '"', ':', '1', '}', ',', '{', '"', 'k', 0xFF, '"',
						':', '1', '}', ']'),
				invalid("FF after an escape", '"', '\\', 'n', 0xFF, '"'),
				invalid("C3 before an escape", '"', 0xC3, '\\', 'n', '"'),
				invalid("FF in a string after a syntax error", '[', '1', ',', ',', '"', 0xFF, '"', ']'),
				invalid("UTF-16BE with BOM", 0xFE, 0xFF, 0x00, '[', 0x00, ']'));
	}

	@ParameterizedTest
	@MethodSource("invalidUtf8")
	void loadsRejectsInvalidUtf8(byte[] json) {
		assertThatThrownBy(() -> Json.loads(json)).isInstanceOf(JsonDecodeException.class).hasMessage(SURROGATES);
	}

	@Test
	void loadsRejectsInvalidUtf8AtEveryWordOffset() {
		int[][] sequences = { { 0xFF }, { 0x80 }, { 0xC0, 0x80 }, { 0xED, 0xA0, 0x80 }, { 0xF4, 0x90, 0x80, 0x80 },
				{ 0xE2, 0x82 }, { 0xF0, 0x9F, 0x98 } };
		int checked = 0;
		for (int offset = 0; offset < 16; offset++) {
			for (int[] sequence : sequences) {
				ByteArrayOutputStream mid = new ByteArrayOutputStream();
				mid.writeBytes(("\"" + "a".repeat(offset)).getBytes(StandardCharsets.US_ASCII));
				for (int b : sequence) {
					mid.write(b);
				}
				byte[] truncated = mid.toByteArray();
				mid.writeBytes("bcdefghijklmnopq\"".getBytes(StandardCharsets.US_ASCII));
				byte[] inString = mid.toByteArray();

				assertThatThrownBy(() -> Json.loads(inString)).isInstanceOf(JsonDecodeException.class)
					.hasMessage(SURROGATES);
				assertThatThrownBy(() -> Json.loads(truncated)).isInstanceOf(JsonDecodeException.class)
					.hasMessage(SURROGATES);
				checked++;
			}
		}
		assertThat(checked).isEqualTo(16 * 7);
	}

	record Point(int x, String label) {
	}

	@Test
	void typedLoadsReportsInvalidUtf8BeforeAnEarlierTypeError() {
		// orjson checks the whole input first, so the mistyped x is never reported
		assertThatThrownBy(() -> Json.loads(bytes('{', '"', 'x', '"', ':', '"', '1', '"', ',', '"', 'l', 'a', 'b', 'e',
				'l', '"', ':', '"', 0xFF, '"', '}'), Point.class))
			.isInstanceOf(JsonDecodeException.class)
			.hasMessage(SURROGATES);
	}

	@Test
	void loadsAcceptsTheReplacementCharacterItself() {
		// U+FFFD is also what the JDK's decoder makes of ill-formed input: valid here, it must stay
		assertThat(Json.loads("[\"a\uFFFDb\", \"\\n\uFFFD\", {\"\uFFFD\": 1}]".getBytes(StandardCharsets.UTF_8)))
			.isEqualTo(List.of("a\uFFFDb", "\n\uFFFD", Map.of("\uFFFD", 1L)));
	}

	@Test
	void loadsAcceptsMultiByteCharactersAcrossWordBoundaries() {
		for (int offset = 0; offset < 16; offset++) {
			String value = "a".repeat(offset) + "😀€é" + "b".repeat(16 - offset);
			assertThat(Json.loads(("\"" + value + "\"").getBytes(StandardCharsets.UTF_8))).isEqualTo(value);
		}
	}

	// ---- the exception's accessors

	@Test
	void exceptionCarriesReasonPositionLineAndColumn() {
		JsonDecodeException ex = catchThrowableOfType(JsonDecodeException.class,
				() -> Json.loads("[\n\"é\",\n\"😀\",\n]"));

		assertThat(ex.reason()).isEqualTo("trailing comma is not allowed");
		assertThat(ex.position()).isEqualTo(10);
		assertThat(ex.line()).isEqualTo(3);
		assertThat(ex.column()).isEqualTo(4);
		assertThat(ex).hasMessage("trailing comma is not allowed: line 3 column 4 (char 10)").hasNoCause();
	}

	@Test
	void exceptionOfCheckBeforeParsingIsAtTheStart() {
		JsonDecodeException empty = catchThrowableOfType(JsonDecodeException.class, () -> Json.loads(new byte[0]));
		JsonDecodeException utf8 = catchThrowableOfType(JsonDecodeException.class,
				() -> Json.loads(bytes('[', '1', ',', 0xFF, ']')));

		assertThat(empty.reason()).isEqualTo("Input is a zero-length, empty document");
		assertThat(utf8.reason()).isEqualTo("str is not valid UTF-8: surrogates not allowed");
		for (JsonDecodeException ex : new JsonDecodeException[] { empty, utf8 }) {
			assertThat(ex.position()).isZero();
			assertThat(ex.line()).isEqualTo(1);
			assertThat(ex.column()).isEqualTo(1);
		}
	}

	@Test
	void exceptionIsARuntimeException() {
		assertThat(catchThrowableOfType(JsonDecodeException.class, () -> Json.loads("[1,]")))
			.isInstanceOf(RuntimeException.class);
	}

	@Test
	void exceptionAtEndOfInputIsAtTheLengthInCodePoints() {
		JsonDecodeException ex = catchThrowableOfType(JsonDecodeException.class, () -> Json.loads("{\"é😀\":\n[1,"));

		assertThat(ex.reason()).isEqualTo("unexpected end of data");
		assertThat(ex.position()).isEqualTo(10);
		assertThat(ex.line()).isEqualTo(2);
		assertThat(ex.column()).isEqualTo(4);
	}

	// ---- helpers

	private static Arguments error(String json, String reason, int position) {
		return error(json.getBytes(StandardCharsets.UTF_8), reason, position, 1, position + 1);
	}

	private static Arguments error(String json, String reason, int position, int line, int column) {
		return error(json.getBytes(StandardCharsets.UTF_8), reason, position, line, column);
	}

	private static Arguments error(byte[] json, String reason, int position) {
		return error(json, reason, position, 1, position + 1);
	}

	private static Arguments error(byte[] json, String reason, int position, int line, int column) {
		return Arguments.of(Named.of(describe(json), json),
				reason + ": line " + line + " column " + column + " (char " + position + ")");
	}

	private static Arguments invalid(String name, int... json) {
		return Arguments.of(Named.of(name, bytes(json)));
	}

	private static byte[] bytes(int... values) {
		byte[] bytes = new byte[values.length];
		for (int i = 0; i < values.length; i++) {
			bytes[i] = (byte) values[i];
		}
		return bytes;
	}

	// Python's bytes repr, shortened: the test's display name
	private static String describe(byte[] json) {
		StringBuilder text = new StringBuilder("b'");
		IntStream.range(0, Math.min(json.length, 40)).forEach(i -> {
			int b = json[i] & 0xFF;
			if (b == '\n') {
				text.append("\\n");
			}
			else if (b >= 0x20 && b < 0x7F && b != '\\') {
				text.append((char) b);
			}
			else {
				text.append(String.format("\\x%02x", b));
			}
		});
		return text.append(json.length > 40 ? "...' (" + json.length + " bytes)" : "'").toString();
	}
}
