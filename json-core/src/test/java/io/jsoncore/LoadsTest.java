package io.jsoncore;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The untyped tree {@code loads} builds (orjson 3.11.8's, with jsoncore's {@code BigInteger} for integers beyond
 * 64 bits) and the limits it enforces. Error messages of malformed input are in {@link ParsingErrorTest}.
 */
class LoadsTest {

	// ---- objects and arrays

	@Test
	void loadsObjectAsLinkedHashMapInDocumentOrder() {
		Object value = Json.loads("{\"b\":1,\"c\":[true,false,null],\"a\":{},\"é\":\"x\"}");

		assertThat(value).isInstanceOf(LinkedHashMap.class);
		Map<String, Object> object = asObject(value);
		assertThat(object.keySet()).containsExactly("b", "c", "a", "é");
		assertThat(object.get("b")).isEqualTo(1L);
		assertThat(object.get("c")).isInstanceOf(ArrayList.class).isEqualTo(Arrays.asList(true, false, null));
		assertThat(object.get("a")).isInstanceOf(LinkedHashMap.class).isEqualTo(Map.of());
		assertThat(object.get("é")).isEqualTo("x");
	}

	@Test
	void loadsDuplicateKeyWithLastValueAtFirstKeyPosition() {
		Map<String, Object> object = asObject(Json.loads("{\"a\":1,\"b\":2,\"a\":3}"));

		assertThat(object.keySet()).containsExactly("a", "b");
		assertThat(object.get("a")).isEqualTo(3L);
		assertThat(object.get("b")).isEqualTo(2L);
	}

	@Test
	void loadsDuplicateKeyReplacingAContainerWithAnotherType() {
		Map<String, Object> object = asObject(Json.loads("{\"a\":{\"x\":1},\"b\":null,\"a\":[2],\"c\":0,\"b\":\"z\"}"));

		assertThat(object.keySet()).containsExactly("a", "b", "c");
		assertThat(object.get("a")).isEqualTo(List.of(2L));
		assertThat(object.get("b")).isEqualTo("z");
	}

	@Test
	void loadsKeysWithoutNormalization() {
		// "é" precomposed (U+00E9) and decomposed (e + U+0301) are two keys, as in orjson
		Map<String, Object> object = asObject(Json.loads("{\"\u00e9\":1,\"e\u0301\":2}"));

		assertThat(object.keySet()).containsExactly("\u00e9", "e\u0301");
	}

	@Test
	void loadsArraysAsArrayListInOrder() {
		Object value = Json.loads("[1,\"a\",[2,[3.5]],{\"k\":null},true]");

		assertThat(value).isInstanceOf(ArrayList.class);
		List<?> array = (List<?>) value;
		assertThat(array).hasSize(5);
		assertThat(array.get(0)).isEqualTo(1L);
		assertThat(array.get(1)).isEqualTo("a");
		assertThat(array.get(2)).isInstanceOf(ArrayList.class).isEqualTo(List.of(2L, List.of(3.5)));
		assertThat(array.get(3)).isInstanceOf(LinkedHashMap.class).isEqualTo(map("k", null));
		assertThat(array.get(4)).isEqualTo(true);
	}

	@ParameterizedTest
	@ValueSource(strings = { "[]", "[ ]", "[\n\t\r ]" })
	void loadsEmptyArray(String json) {
		assertThat(Json.loads(json)).isInstanceOf(ArrayList.class).isEqualTo(List.of());
	}

	@ParameterizedTest
	@ValueSource(strings = { "{}", "{ }", "{\n\t\r }" })
	void loadsEmptyObject(String json) {
		assertThat(Json.loads(json)).isInstanceOf(LinkedHashMap.class).isEqualTo(Map.of());
	}

	static Stream<Arguments> scalars() {
		return Stream.of(Arguments.of("true", Boolean.TRUE), Arguments.of("false", Boolean.FALSE),
				Arguments.of("null", null), Arguments.of("0", 0L), Arguments.of("-12", -12L),
				Arguments.of("1.5", 1.5), Arguments.of("\"\"", ""), Arguments.of("\"x\"", "x"),
				Arguments.of(" true ", Boolean.TRUE), Arguments.of("\n7\n", 7L));
	}

	@ParameterizedTest
	@MethodSource("scalars")
	void loadsScalarAtTopLevel(String json, Object expected) {
		assertThat(Json.loads(json)).isEqualTo(expected);
	}

	// ---- integers

	@ParameterizedTest
	@ValueSource(strings = { "0", "1", "-1", "7", "123456789012345678", "999999999999999999", "-999999999999999999",
			"1000000000000000000", "9223372036854775806", "9223372036854775807", "-9223372036854775807",
			"-9223372036854775808" })
	void loadsIntegerWithinSignedSixtyFourBitsAsLong(String json) {
		assertThat(Json.loads(json)).isInstanceOf(Long.class).isEqualTo(Long.parseLong(json));
		assertThat(Json.loads("[" + json + "]")).isEqualTo(List.of(Long.parseLong(json)));
	}

	@Test
	void loadsLongBoundaries() {
		assertThat(Json.loads("-9223372036854775808")).isEqualTo(Long.MIN_VALUE);
		assertThat(Json.loads("9223372036854775807")).isEqualTo(Long.MAX_VALUE);
	}

	@ParameterizedTest
	@ValueSource(strings = { "9223372036854775808", "-9223372036854775809", "9999999999999999999",
			"-9999999999999999999", "18446744073709551615", "18446744073709551616", "100000000000000000000",
			"-100000000000000000000", "1234567890123456789012345678901234567890" })
	void loadsIntegerBeyondLongAsBigInteger(String json) {
		assertThat(Json.loads(json)).isInstanceOf(BigInteger.class).isEqualTo(new BigInteger(json));
		assertThat(Json.loads("{\"n\":" + json + "}")).isEqualTo(map("n", new BigInteger(json)));
	}

	@ParameterizedTest
	@ValueSource(strings = { "-0", "[-0]", " -0 " })
	void loadsMinusZeroIntegerAsLongZero(String json) {
		Object value = Json.loads(json);
		Object number = (value instanceof List) ? ((List<?>) value).get(0) : value;
		assertThat(number).isInstanceOf(Long.class).isEqualTo(0L);
	}

	@Test
	void loadsIntegersAroundPowersOfTenAsLong() {
		long power = 1;
		for (int i = 0; i < 19; i++) {
			for (long value : new long[] { power - 1, power, power + 1, -power, -power + 1 }) {
				assertThat(Json.loads(Long.toString(value))).isEqualTo(value);
			}
			power *= 10;
		}
	}

	@Test
	void loadsRandomLongsAsLongToStringWritesThem() {
		Random random = new Random(11);
		for (int i = 0; i < 20_000; i++) {
			long value = random.nextLong() >> random.nextInt(64);
			assertThat(Json.loads(Long.toString(value))).isEqualTo(value);
		}
	}

	// ---- doubles

	@ParameterizedTest
	@CsvSource({
		"1E2, 100.0",
		"1e2, 100.0",
		"1e+2, 100.0",
		"1E-2, 0.01",
		"0e5, 0.0",
		"0E-5, 0.0",
		"0.0, 0.0",
		"1.0, 1.0",
		"100.0, 100.0",
		"1.5, 1.5",
		"-1.5, -1.5",
		"0.1, 0.1",
		"0.1e1, 1.0",
		"0.001, 0.001",
		"1.000000000000000005, 1.0",
		"1e-999, 0.0",
		"123.456e-789, 0.0",
		"123e-10000000, 0.0",
		"1e0000000000000000000000001, 10.0",
		"1e-1000000000000000000, 0.0",
		"1e-400, 0.0",
		"9007199254740993.0, 9007199254740992.0",
		"5e-324, 4.9E-324",
		"2.4703282292062328e-324, 4.9E-324",
		"2.4703282292062327e-324, 0.0",
		"2.225073858507201e-308, 2.225073858507201E-308",
		"2.2250738585072014e-308, 2.2250738585072014E-308",
		"1.7976931348623157e308, 1.7976931348623157E308",
		"1.7976931348623158e308, 1.7976931348623157E308",
		"123456789012345678901234567890.5, 1.2345678901234568E29",
		"0.30000000000000004, 0.30000000000000004",
		"12345678901234567890e-20, 0.1234567890123456789",
	})
	void loadsNumberWithFractionOrExponentAsDouble(String json, double expected) {
		assertThat(Json.loads(json)).isInstanceOf(Double.class).isEqualTo(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "-0.0", "-0e0", "-0.0e5", "-0E-5", "-1e-999", "-123e-10000000" })
	void loadsNegativeZeroWithSignBit(String json) {
		Object value = Json.loads(json);
		assertThat(value).isInstanceOf(Double.class);
		assertThat(Double.doubleToRawLongBits((Double) value)).isEqualTo(0x8000000000000000L);
	}

	@Test
	void loadsRandomDoublesAsDoubleParseDoubleDoes() {
		Random random = new Random(23);
		int checked = 0;
		for (int i = 0; i < 10_000; i++) {
			double value = Double.longBitsToDouble(random.nextLong());
			if (Double.isNaN(value) || Double.isInfinite(value)) {
				continue;
			}
			// Double.toString's "1.0E-5" layout is valid JSON and round-trips
			String shortest = Double.toString(value);
			assertThat(Json.loads(shortest)).as(shortest).isEqualTo(Double.parseDouble(shortest));
			checked++;
		}
		assertThat(checked).isGreaterThan(9_000);
	}

	@Test
	void loadsExactDecimalExpansionsOfDoubles() {
		// every digit of the binary value (up to 767 significant digits): the slow path beyond 19 digits
		Random random = new Random(29);
		for (int i = 0; i < 1_000; i++) {
			double value = Double.longBitsToDouble(random.nextLong() & 0x7FFFFFFFFFFFFFFFL);
			if (Double.isNaN(value) || Double.isInfinite(value)) {
				continue;
			}
			String exact = new BigDecimal(value).toString();
			if (exact.indexOf('.') < 0 && exact.indexOf('E') < 0) {
				exact += ".0"; // an integral double: keep it a JSON float
			}
			assertThat(Json.loads(exact)).as(exact).isEqualTo(value);
			assertThat(Json.loads("-" + exact)).as(exact).isEqualTo(-value);
		}
	}

	@Test
	void loadsHalfwayCasesWithRoundHalfToEven() {
		// 2^53 + 1 lies halfway between 2^53 and 2^53 + 2: it rounds to the even significand
		assertThat(Json.loads("9007199254740993.0")).isEqualTo(9007199254740992.0);
		assertThat(Json.loads("9007199254740995.0")).isEqualTo(9007199254740996.0);
		// one digit past the halfway point, far beyond 19 digits, rounds up
		assertThat(Json.loads("9007199254740993.00000000000000000000000000001")).isEqualTo(9007199254740994.0);
	}

	// ---- strings

	static Stream<Arguments> escapes() {
		return Stream.of(Arguments.of("\\\"", "\""), Arguments.of("\\\\", "\\"), Arguments.of("\\/", "/"),
				Arguments.of("\\b", "\b"), Arguments.of("\\f", "\f"), Arguments.of("\\n", "\n"),
				Arguments.of("\\r", "\r"), Arguments.of("\\t", "\t"), Arguments.of("\\u0000", "\u0000"),
				Arguments.of("\\u001f", "\u001f"), Arguments.of("\\u0041", "A"), Arguments.of("\\u00e9", "é"),
				Arguments.of("\\u00E9", "é"), Arguments.of("\\u20ac", "€"), Arguments.of("\\u20AC", "€"),
				Arguments.of("\\ud83d\\ude00", "😀"), Arguments.of("\\uD83D\\uDE00", "😀"),
				Arguments.of("\\uffff", "\uffff"), Arguments.of("\\ufdd0", "\ufdd0"),
				Arguments.of("\\udbff\\udfff", "\udbff\udfff"), Arguments.of("\\ud800\\udc00", "\ud800\udc00"),
				Arguments.of("a\\tb\\u0041c\\\\", "a\tbAc\\"), Arguments.of("é\\n😀", "é\n😀"));
	}

	@ParameterizedTest
	@MethodSource("escapes")
	void loadsEscapedCharacters(String escaped, String expected) {
		assertThat(Json.loads("\"" + escaped + "\"")).isEqualTo(expected);
		assertThat(Json.loads("{\"" + escaped + "\":\"" + escaped + "\"}")).isEqualTo(map(expected, expected));
	}

	@Test
	void loadsRawUtf8OfEveryLength() {
		// é: 2 bytes, €: 3 bytes, 😀: 4 bytes
		assertThat(Json.loads(bytes(0x22, 0xC3, 0xA9, 0x22))).isEqualTo("é");
		assertThat(Json.loads(bytes(0x22, 0xE2, 0x82, 0xAC, 0x22))).isEqualTo("€");
		assertThat(Json.loads(bytes(0x22, 0xF0, 0x9F, 0x98, 0x80, 0x22))).isEqualTo("😀");
		assertThat(Json.loads("\"aé€😀z 祗園怪談\"".getBytes(StandardCharsets.UTF_8))).isEqualTo("aé€😀z 祗園怪談");
	}

	@Test
	void loadsRawNoncharacters() {
		assertThat(Json.loads(bytes(0x22, 0xEF, 0xBF, 0xBF, 0x22))).isEqualTo("\uffff");
		assertThat(Json.loads(bytes(0x22, 0xEF, 0xB7, 0x90, 0x22))).isEqualTo("\ufdd0");
		assertThat(Json.loads(bytes(0x22, 0xF4, 0x8F, 0xBF, 0xBF, 0x22))).isEqualTo("\udbff\udfff");
		assertThat(Json.loads(bytes(0x22, 0xF0, 0x90, 0x80, 0x80, 0x22))).isEqualTo("\ud800\udc00");
	}

	@Test
	void loadsPrintableAsciiAndDelUnescaped() {
		StringBuilder printable = new StringBuilder();
		for (char c = 0x20; c <= 0x7F; c++) {
			if (c != '"' && c != '\\') {
				printable.append(c);
			}
		}
		assertThat(Json.loads("\"" + printable + "\"")).isEqualTo(printable.toString());
	}

	// ---- whitespace

	@Test
	void loadsSpaceTabLineFeedAndCarriageReturnAroundValues() {
		assertThat(Json.loads(" \t\n\r{ \t\n\r\"a\" \t\n\r: \t\n\r[ \t\n\r1 \t\n\r, \t\n\r2 \t\n\r] \t\n\r} \t\n\r"))
			.isEqualTo(map("a", List.of(1L, 2L)));
	}

	@ParameterizedTest
	@ValueSource(strings = { "\f1", "\u000b1", "\u00a01", "\u20601", "\u30001", "\u20281", "\u00851" })
	void loadsRejectsOtherWhitespaceBeforeValue(String json) {
		assertThatThrownBy(() -> Json.loads(json)).isInstanceOf(JsonDecodeException.class)
			.hasMessage("unexpected character: line 1 column 1 (char 0)");
	}

	@ParameterizedTest
	@ValueSource(strings = { "1\f", "1\u000b", "1\u00a0", "1\u2060" })
	void loadsRejectsOtherWhitespaceAfterValue(String json) {
		assertThatThrownBy(() -> Json.loads(json)).isInstanceOf(JsonDecodeException.class)
			.hasMessage("unexpected content after document: line 1 column 2 (char 1)");
	}

	@Test
	void loadsRejectsOtherWhitespaceInsideArray() {
		assertThatThrownBy(() -> Json.loads("[\u00a01]")).isInstanceOf(JsonDecodeException.class)
			.hasMessage("unexpected character: line 1 column 2 (char 1)");
	}

	// ---- String, bytes and InputStream input

	@ParameterizedTest
	@ValueSource(strings = { "{\"a\":[1,2.5,null,true]}", "\"é€😀\"", "{\"祗園\":\"怪談\",\"😀\":[\"\\ud83d\\ude00\"]}",
			"  [\"\\u00e9\", -0.0, 18446744073709551616]  " })
	void loadsStringAsItsUtf8Bytes(String json) {
		Object fromString = Json.loads(json);
		assertThat(fromString).isEqualTo(Json.loads(json.getBytes(StandardCharsets.UTF_8)));
		assertThat(JsonCodec.defaults().loads(json)).isEqualTo(fromString);
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"\ud800\"", "\"\udc00\"", "[\"a\ud83d\"]", "\"\ude00\ud83d\"", "\ud800", "\"é\ud800\"",
			"\"😀\udc00\"", "{\"\udfff\":1}" })
	void loadsStringRejectsLoneSurrogate(String json) {
		assertThatThrownBy(() -> Json.loads(json)).isInstanceOf(JsonDecodeException.class)
			.hasMessage("str is not valid UTF-8: surrogates not allowed: line 1 column 1 (char 0)");
	}

	@Test
	void loadsStringWithSurrogatePair() {
		assertThat(Json.loads("[\"\ud83d\ude00\",\"\udbff\udfff\"]")).isEqualTo(List.of("😀", "\udbff\udfff"));
	}

	@Test
	void loadsFromInputStream() throws IOException {
		byte[] json = "{\"a\":[1,\"é\"]}".getBytes(StandardCharsets.UTF_8);

		assertThat(JsonCodec.defaults().loads(new ByteArrayInputStream(json))).isEqualTo(map("a", List.of(1L, "é")));
	}

	@Test
	void loadsFromInputStreamReportsErrorsAsBytesDo() {
		byte[] json = "[1,2,]".getBytes(StandardCharsets.UTF_8);

		assertThatThrownBy(() -> JsonCodec.defaults().loads(new ByteArrayInputStream(json)))
			.isInstanceOf(JsonDecodeException.class)
			.hasMessage("trailing comma is not allowed: line 1 column 5 (char 4)");
		assertThatThrownBy(() -> JsonCodec.defaults().loads(new ByteArrayInputStream(new byte[0])))
			.isInstanceOf(JsonDecodeException.class)
			.hasMessage("Input is a zero-length, empty document: line 1 column 1 (char 0)");
	}

	// ---- long strings and the 8-bytes-at-a-time scan

	@Test
	void loadsLongAsciiString() {
		Random random = new Random(3);
		StringBuilder text = new StringBuilder();
		while (text.length() < 100_000) {
			char c = (char) (0x20 + random.nextInt(0x60));
			if (c != '"' && c != '\\') {
				text.append(c);
			}
		}
		String expected = text.toString();

		assertThat(Json.loads("\"" + expected + "\"")).isEqualTo(expected);
		assertThat(Json.loads("[\"" + expected + "\",\"" + expected + "\"]")).isEqualTo(List.of(expected, expected));
	}

	@Test
	void loadsLongNonAsciiString() {
		Random random = new Random(5);
		StringBuilder text = new StringBuilder();
		while (text.length() < 100_000) {
			switch (random.nextInt(4)) {
				case 0 -> text.append((char) (0xA0 + random.nextInt(0x700))); // 2 bytes
				case 1 -> text.append((char) (0x4E00 + random.nextInt(0x5000))); // 3 bytes
				case 2 -> text.appendCodePoint(0x1F600 + random.nextInt(0x50)); // 4 bytes
				default -> text.append((char) ('a' + random.nextInt(26)));
			}
		}
		String expected = text.toString();

		assertThat(Json.loads(("\"" + expected + "\"").getBytes(StandardCharsets.UTF_8))).isEqualTo(expected);
	}

	@Test
	void loadsLongStringWithEscapes() {
		Random random = new Random(7);
		StringBuilder text = new StringBuilder();
		StringBuilder json = new StringBuilder("\"");
		while (text.length() < 100_000) {
			int codePoint = randomCodePoint(random);
			text.appendCodePoint(codePoint);
			appendJson(json, codePoint, random);
		}
		json.append('"');
		String expected = text.toString();

		assertThat(Json.loads(json.toString())).isEqualTo(expected);
		assertThat(Json.loads("{\"" + json.substring(1) + ":" + json + "}")).isEqualTo(map(expected, expected));
	}

	private static final String[][] SPECIALS = { { "\\\"", "\"" }, { "\\\\", "\\" }, { "\\n", "\n" }, { "\\/", "/" },
			{ "\\u00e9", "é" }, { "\\ud83d\\ude00", "😀" }, { "é", "é" }, { "€", "€" }, { "😀", "😀" },
			{ "\u007f", "\u007f" }, { " ", " " }, { "", "" } };

	@ParameterizedTest
	@MethodSource("offsets")
	void loadsStringWithSpecialCharacterAtEveryWordOffset(int offset) {
		String before = "abcdefghijklmnop".substring(0, offset);
		String after = "qrstuvwxyz0123456789";
		for (String[] special : SPECIALS) {
			String json = special[0];
			String expected = special[1];

			assertThat(Json.loads("\"" + before + json + after + "\"")).as(json).isEqualTo(before + expected + after);
			// the closing quote itself at every offset, then more values after it
			assertThat(Json.loads("[\"" + before + json + "\",\"" + after + "\",1]")).as(json)
				.isEqualTo(List.of(before + expected, after, 1L));
			assertThat(Json.loads(("{\"" + before + json + "\":\"" + before + json + "\"}").getBytes(StandardCharsets.UTF_8)))
				.as(json)
				.isEqualTo(map(before + expected, before + expected));
		}
	}

	@ParameterizedTest
	@MethodSource("offsets")
	void loadsStringWithNonAsciiThenEscapeAtEveryPairOfOffsets(int first) {
		// after a non-ASCII byte the scan resumes mid-word: the escape then falls at every alignment
		for (int second = 0; second < 16; second++) {
			String value = "a".repeat(first) + "é" + "b".repeat(second) + "\"" + "c".repeat(first + second) + "\n";
			String json = "\"" + "a".repeat(first) + "é" + "b".repeat(second) + "\\\"" + "c".repeat(first + second)
					+ "\\n\"";

			assertThat(Json.loads(json)).isEqualTo(value);
			assertThat(Json.loads("[" + json + "," + json + "]")).isEqualTo(List.of(value, value));
		}
	}

	@ParameterizedTest
	@MethodSource("offsets")
	void loadsRejectsControlCharacterAtEveryWordOffset(int offset) {
		for (char control : new char[] { 0x00, 0x01, 0x0A, 0x1F }) {
			String json = "[\"" + "a".repeat(offset) + control + "bcdefghijklmnopq\"]";
			assertThatThrownBy(() -> Json.loads(json)).isInstanceOf(JsonDecodeException.class)
				.hasMessage("unexpected control character in string: line 1 column " + (offset + 3) + " (char "
						+ (offset + 2) + ")");
		}
	}

	@ParameterizedTest
	@MethodSource("offsets")
	void loadsRejectsControlCharacterAfterEscapeAtEveryOffset(int offset) {
		String json = "\"\\n" + "a".repeat(offset) + "\t\"";
		assertThatThrownBy(() -> Json.loads(json)).isInstanceOf(JsonDecodeException.class)
			.hasMessage("unexpected control character in string: line 1 column " + (offset + 4) + " (char "
					+ (offset + 3) + ")");
	}

	@ParameterizedTest
	@MethodSource("offsets")
	void loadsRejectsUnterminatedStringOfEveryLength(int length) {
		String json = "\"" + "a".repeat(length);
		assertThatThrownBy(() -> Json.loads(json)).isInstanceOf(JsonDecodeException.class)
			.hasMessage("unexpected end of data: line 1 column " + (length + 2) + " (char " + (length + 1) + ")");
		String escaped = "\"\\t" + "a".repeat(length);
		assertThatThrownBy(() -> Json.loads(escaped)).isInstanceOf(JsonDecodeException.class)
			.hasMessage("unexpected end of data: line 1 column " + (length + 4) + " (char " + (length + 3) + ")");
	}

	static IntStream offsets() {
		return IntStream.range(0, 16);
	}

	// ---- number length limit

	@Test
	void loadsNumberOfMaxNumberLengthCharacters() {
		String integer = "1" + "0".repeat(9_999);
		String negative = "-1" + "0".repeat(9_998);
		String fraction = "0." + "1".repeat(9_998);
		String exponent = "1e" + "0".repeat(9_997) + "1";

		assertThat(Json.loads(integer)).isEqualTo(BigInteger.TEN.pow(9_999));
		assertThat(Json.loads(negative)).isEqualTo(BigInteger.TEN.pow(9_998).negate());
		assertThat(Json.loads(fraction)).isEqualTo(Double.parseDouble(fraction));
		assertThat(Json.loads("[" + exponent + "]")).isEqualTo(List.of(10.0));
	}

	@Test
	void loadsRejectsNumberLongerThanMaxNumberLength() {
		String integer = "1" + "0".repeat(10_000);
		String fraction = "0." + "1".repeat(9_999);
		String negative = "-" + "1".repeat(10_000);

		assertThatThrownBy(() -> Json.loads(integer)).isInstanceOf(JsonDecodeException.class)
			.hasMessage("number is longer than 10000 characters (maxNumberLength): line 1 column 1 (char 0)");
		assertThatThrownBy(() -> Json.loads(fraction)).isInstanceOf(JsonDecodeException.class)
			.hasMessage("number is longer than 10000 characters (maxNumberLength): line 1 column 1 (char 0)");
		assertThatThrownBy(() -> Json.loads(negative)).isInstanceOf(JsonDecodeException.class)
			.hasMessage("number is longer than 10000 characters (maxNumberLength): line 1 column 1 (char 0)");
	}

	@Test
	void loadsReportsTooLongNumberAtItsFirstByte() {
		String number = "1".repeat(10_001);

		assertThatThrownBy(() -> Json.loads("[" + number + "]")).isInstanceOf(JsonDecodeException.class)
			.hasMessage("number is longer than 10000 characters (maxNumberLength): line 1 column 2 (char 1)");
		assertThatThrownBy(() -> Json.loads("{\"é\":\n  [0," + number + "]}")).isInstanceOf(JsonDecodeException.class)
			.hasMessage("number is longer than 10000 characters (maxNumberLength): line 2 column 6 (char 11)");
	}

	@Test
	void maxNumberLengthIsConfigurable() {
		JsonCodec codec = JsonCodec.builder().maxNumberLength(20).build();

		assertThat(codec.maxNumberLength()).isEqualTo(20);
		assertThat(codec.loads("12345678901234567890")).isEqualTo(new BigInteger("12345678901234567890"));
		assertThat(codec.loads("-1.34567890123456789")).isEqualTo(-1.34567890123456789);
		assertThatThrownBy(() -> codec.loads("123456789012345678901")).isInstanceOf(JsonDecodeException.class)
			.hasMessage("number is longer than 20 characters (maxNumberLength): line 1 column 1 (char 0)");
		assertThatThrownBy(() -> codec.loads("[1.2345678901234567890]")).isInstanceOf(JsonDecodeException.class)
			.hasMessage("number is longer than 20 characters (maxNumberLength): line 1 column 2 (char 1)");
		assertThat(Json.loads("123456789012345678901")).isEqualTo(new BigInteger("123456789012345678901"));
	}

	@Test
	void loadsRejectsMillionDigitNumber() {
		String digits = "9".repeat(1_000_000);

		assertThatThrownBy(() -> Json.loads(digits)).isInstanceOf(JsonDecodeException.class)
			.hasMessage("number is longer than 10000 characters (maxNumberLength): line 1 column 1 (char 0)");
		assertThatThrownBy(() -> Json.loads("[0." + digits + "]")).isInstanceOf(JsonDecodeException.class)
			.hasMessage("number is longer than 10000 characters (maxNumberLength): line 1 column 2 (char 1)");
	}

	// ---- depth

	@Test
	void loads1024NestedArrays() {
		Object value = Json.loads("[".repeat(1024) + "]".repeat(1024));

		int depth = 1;
		while (!((List<?>) value).isEmpty()) {
			value = ((List<?>) value).get(0);
			depth++;
		}
		assertThat(depth).isEqualTo(1024);
	}

	@Test
	void loads1024NestedObjects() {
		Object value = Json.loads("{\"a\":".repeat(1023) + "{}" + "}".repeat(1023));

		int depth = 1;
		while (!((Map<?, ?>) value).isEmpty()) {
			value = ((Map<?, ?>) value).get("a");
			depth++;
		}
		assertThat(depth).isEqualTo(1024);
	}

	@Test
	void loadsRejects1025NestedArrays() {
		assertThatThrownBy(() -> Json.loads("[".repeat(1025) + "]".repeat(1025))).isInstanceOf(JsonDecodeException.class)
			.hasMessage("array and object recursion depth exceeded (maxDepth 1024): line 1 column 1026 (char 1025)");
	}

	@Test
	void loadsRejects1025NestedObjects() {
		assertThatThrownBy(() -> Json.loads("{\"a\":".repeat(1024) + "{}" + "}".repeat(1024)))
			.isInstanceOf(JsonDecodeException.class)
			.hasMessage("array and object recursion depth exceeded (maxDepth 1024): line 1 column 5122 (char 5121)");
	}

	@Test
	void maxDepthIsConfigurable() {
		JsonCodec codec = JsonCodec.builder().maxDepth(3).build();

		assertThat(codec.maxDepth()).isEqualTo(3);
		assertThat(codec.loads("[[[1]]]")).isEqualTo(List.of(List.of(List.of(1L))));
		assertThat(codec.loads("[{\"a\":[]},{\"b\":{}}]")).isEqualTo(List.of(map("a", List.of()), map("b", Map.of())));
		assertThatThrownBy(() -> codec.loads("[[[[1]]]]")).isInstanceOf(JsonDecodeException.class)
			.hasMessage("array and object recursion depth exceeded (maxDepth 3): line 1 column 5 (char 4)");
		assertThatThrownBy(() -> codec.loads("[{\"a\":[{}]}]")).isInstanceOf(JsonDecodeException.class)
			.hasMessage("array and object recursion depth exceeded (maxDepth 3): line 1 column 9 (char 8)");
		assertThat(Json.loads("[[[[1]]]]")).isEqualTo(List.of(List.of(List.of(List.of(1L)))));
	}

	@Test
	void maxDepthRejectsLessThanOne() {
		assertThatThrownBy(() -> JsonCodec.builder().maxDepth(0)).isInstanceOf(IllegalArgumentException.class)
			.hasMessage("maxDepth must be at least 1, was 0");
		assertThatThrownBy(() -> JsonCodec.builder().maxNumberLength(0)).isInstanceOf(IllegalArgumentException.class)
			.hasMessage("maxNumberLength must be at least 1, was 0");
	}

	// ---- helpers

	@SuppressWarnings("unchecked")
	private static Map<String, Object> asObject(Object value) {
		return (Map<String, Object>) value;
	}

	private static Map<String, Object> map(String key, Object value) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put(key, value);
		return map;
	}

	private static byte[] bytes(int... values) {
		byte[] bytes = new byte[values.length];
		for (int i = 0; i < values.length; i++) {
			bytes[i] = (byte) values[i];
		}
		return bytes;
	}

	private static int randomCodePoint(Random random) {
		switch (random.nextInt(6)) {
			case 0:
				return random.nextInt(0x20); // control
			case 1:
				return "\"\\/".charAt(random.nextInt(3));
			case 2:
				int bmp = 0x80 + random.nextInt(0xFFFF - 0x80);
				return (bmp >= 0xD800 && bmp <= 0xDFFF) ? 0xE000 : bmp;
			case 3:
				return 0x10000 + random.nextInt(0x100000);
			default:
				return 0x20 + random.nextInt(0x5F);
		}
	}

	/** Appends one code point as JSON string content, choosing at random between the forms JSON allows. */
	private static void appendJson(StringBuilder json, int codePoint, Random random) {
		boolean escape = random.nextBoolean();
		switch (codePoint) {
			case '"' -> json.append("\\\"");
			case '\\' -> json.append("\\\\");
			case '/' -> json.append(escape ? "\\/" : "/");
			case '\b' -> json.append(escape ? "\\b" : "\\u0008");
			case '\f' -> json.append(escape ? "\\f" : "\\u000C");
			case '\n' -> json.append(escape ? "\\n" : "\\u000a");
			case '\r' -> json.append(escape ? "\\r" : "\\u000d");
			case '\t' -> json.append(escape ? "\\t" : "\\u0009");
			default -> {
				if (codePoint < 0x20 || escape) {
					boolean upperCase = random.nextBoolean();
					for (char unit : Character.toChars(codePoint)) {
						json.append("\\u");
						for (int shift = 12; shift >= 0; shift -= 4) {
							char digit = Character.forDigit(unit >> shift & 0xF, 16);
							json.append(upperCase ? Character.toUpperCase(digit) : digit);
						}
					}
				}
				else {
					json.appendCodePoint(codePoint);
				}
			}
		}
	}
}
