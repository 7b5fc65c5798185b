package io.jsoncore;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Strings with bytes above ASCII, read by the parser's own UTF-8 decoding: raw, escaped, both, one after another
 * of different lengths (the chars they are decoded into are reused), and malformed.
 */
class StringDecodingTest {

	private static Object loads(String json) {
		return Json.loads(json.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void rawAndEscapedTextAboveAsciiReadsAsWritten() {
		assertThat(loads("[\"caf\u00e9\",\"\u65e5\u672c\u8a9e\",\"\ud83d\ude00!\",\"\\u00e9t\\u00e9\",\"\\ud83d\\ude00\","
				+ "\"raw \u65e5 and \\u65e5 escaped\\n\"]"))
			.isEqualTo(List.of("caf\u00e9", "\u65e5\u672c\u8a9e", "\ud83d\ude00!", "\u00e9t\u00e9", "\ud83d\ude00",
					"raw \u65e5 and \u65e5 escaped\n"));
	}

	@Test
	void aLongStringThenAShortOneEachKeepTheirOwnChars() {
		String longText = "\u00fc".repeat(300) + "\u4e00".repeat(300);
		assertThat(loads("[\"" + longText + "\",\"\u00e4b\",\"" + longText + "x\"]"))
			.isEqualTo(List.of(longText, "\u00e4b", longText + "x"));
	}

	@Test
	void malformedUtf8IsAnErrorRawOrBesideAnEscape() {
		for (byte[] bad : List.of(bytes("[\"a", 0xC3, 0x28, "\"]"), bytes("[\"\\n", 0xE0, 0x80, 0x80, "\"]"),
				bytes("[\"", 0xED, 0xA0, 0x80, "\"]"), bytes("[\"x\\t", 0xF4, 0x90, 0x80, 0x80, "\"]"))) {
			assertThatThrownBy(() -> Json.loads(bad)).isInstanceOf(JsonDecodeException.class)
				.hasMessageStartingWith("str is not valid UTF-8");
		}
	}

	private static byte[] bytes(Object... parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (Object part : parts) {
			if (part instanceof String text) {
				out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
			}
			else {
				out.write((Integer) part);
			}
		}
		return out.toByteArray();
	}
}
