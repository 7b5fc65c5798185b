package io.jsoncore;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static io.jsoncore.testing.Dumps.dumps;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StringEscapeTest {

	@Test
	void escapesQuoteBackslashAndControlsLikeOrjson() {
		assertThat(dumps("\u0000\u0001\b\t\n\u000b\f\r\u001f\u007f\"\\/<>&\u2028"))
			.isEqualTo("\"\\u0000\\u0001\\b\\t\\n\\u000b\\f\\r\\u001f\u007f\\\"\\\\/<>&\u2028\"");
	}

	@Test
	void everyControlCharacter() {
		for (char c = 0; c < 0x20; c++) {
			String expected;
			switch (c) {
				case '\b':
					expected = "\\b";
					break;
				case '\t':
					expected = "\\t";
					break;
				case '\n':
					expected = "\\n";
					break;
				case '\f':
					expected = "\\f";
					break;
				case '\r':
					expected = "\\r";
					break;
				default:
					expected = String.format("\\u%04x", (int) c);
			}
			assertThat(dumps(String.valueOf(c))).isEqualTo("\"" + expected + "\"");
		}
	}

	@Test
	void nonAsciiIsWrittenAsUtf8() {
		String text = "é€😀哈哈\ufffd\uffff";
		assertThat(Json.dumps(text)).isEqualTo(("\"" + text + "\"").getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void loneSurrogatesFail() {
		for (String text : List.of("\ud800", "a\udfff", "\ud83d", "\ude00\ud83d", "x\ud800y")) {
			assertThatThrownBy(() -> Json.dumps(text)).isInstanceOf(JsonEncodeException.class)
				.hasMessage("str is not valid UTF-8: surrogates not allowed");
		}
	}

	@Test
	void loneSurrogateInAKeyFails() {
		assertThatThrownBy(() -> Json.dumps(Map.of("\udc00", 1))).isInstanceOf(JsonEncodeException.class)
			.hasMessage("str is not valid UTF-8: surrogates not allowed");
	}

	@Test
	void longStringsCrossingSliceBoundaries() {
		// The encoder copies strings out 2048 chars at a time; a pair split there must stay whole.
		StringBuilder builder = new StringBuilder();
		for (int i = 0; i < 10_000; i++) {
			builder.append(i % 3 == 0 ? "😀" : i % 3 == 1 ? "\n" : "a");
		}
		for (int shift = 0; shift < 3; shift++) {
			String text = "x".repeat(shift) + builder;
			assertThat(Json.loads(Json.dumps(text))).isEqualTo(text);
		}
	}

	@Test
	void otherCharSequencesCharactersAndCharArrays() {
		assertThat(dumps(List.of(new StringBuilder("sb\n"), 'c', '"', new char[] { 'h', 'i' }, new char[0])))
			.isEqualTo("[\"sb\\n\",\"c\",\"\\\"\",\"hi\",\"\"]");
	}

	@Test
	void loneSurrogateCharacterFails() {
		assertThatThrownBy(() -> Json.dumps('\ud800')).isInstanceOf(JsonEncodeException.class)
			.hasMessage("str is not valid UTF-8: surrogates not allowed");
	}
}
