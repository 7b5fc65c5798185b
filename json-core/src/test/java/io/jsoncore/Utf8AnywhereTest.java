package io.jsoncore;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * loads checks UTF-8 string by string, not over the whole input first as orjson does; the answers must be
 * orjson's all the same: input that is not UTF-8 fails with the UTF-8 error whatever else is wrong with it, and
 * input that is UTF-8 never fails with it. Checked on seeded random damage to valid documents, untyped and typed,
 * with the JDK's strict decoder as the judge of what is UTF-8.
 */
class Utf8AnywhereTest {

	private static final String NOT_UTF8 = "str is not valid UTF-8: surrogates not allowed";

	record Item(String name, List<String> tags, Map<String, Long> counts, double price) {
	}

	private static final String[] DOCUMENTS = {
			"{\"name\": \"caf\u00e9 \u65e5\u672c \ud83d\ude00\", \"tags\": [\"a\\n\", \"\u00fcber\", \"\\u00e9\\ud83d\\ude00\"],"
					+ " \"counts\": {\"\u00e9t\u00e9\": 1, \"plain_key_longer_than_16\": 2}, \"price\": 2.5}",
			"[\"\u4e2d\u6587\u5b57\u7b26\u4e32\u4e2d\u6587\u5b57\u7b26\u4e32\", {\"k\u00e9y\": [1, -2.5e3, true, null]},"
					+ " \"tail \u20ac\"]",
			"{\"name\":\"x\",\"tags\":[],\"counts\":{},\"price\":1}" };

	@Test
	void damagedDocumentsFailWithTheUtf8ErrorExactlyWhenTheyAreNotUtf8() {
		SplittableRandom random = new SplittableRandom(8259);
		int notUtf8 = 0;
		int utf8 = 0;
		for (int i = 0; i < 30_000; i++) {
			byte[] json = DOCUMENTS[random.nextInt(DOCUMENTS.length)].getBytes(StandardCharsets.UTF_8);
			int damage = 1 + random.nextInt(3);
			for (int d = 0; d < damage; d++) {
				// mostly bytes above ASCII, where UTF-8 can break; sometimes ASCII, which breaks the syntax instead
				int value = random.nextInt(4) == 0 ? random.nextInt(0x80) : 0x80 + random.nextInt(0x80);
				json[random.nextInt(json.length)] = (byte) value;
			}
			boolean valid = isUtf8(json);
			String untyped = error(() -> Json.loads(json));
			String typed = error(() -> Json.loads(json, Item.class));
			if (valid) {
				utf8++;
				assertThat(untyped).as(Arrays.toString(json)).isNotEqualTo(NOT_UTF8);
				assertThat(typed).as(Arrays.toString(json)).isNotEqualTo(NOT_UTF8);
			}
			else {
				notUtf8++;
				assertThat(untyped).as(Arrays.toString(json)).isEqualTo(NOT_UTF8);
				assertThat(typed).as(Arrays.toString(json)).isEqualTo(NOT_UTF8);
			}
		}
		// both kinds were really tried
		assertThat(notUtf8).isGreaterThan(10_000);
		assertThat(utf8).isGreaterThan(1_000);
	}

	// The reason of the JsonDecodeException thrown, or null when it loaded.
	private static String error(Runnable loads) {
		try {
			loads.run();
			return null;
		}
		catch (JsonDecodeException ex) {
			return ex.reason();
		}
	}

	// The JDK's decoder replaces anything ill-formed (overlong forms, surrogates, truncations, above U+10FFFF).
	private static boolean isUtf8(byte[] bytes) {
		return Arrays.equals(new String(bytes, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8), bytes);
	}
}
