package io.jsoncore.internal.decode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.jsoncore.Json;
import io.jsoncore.JsonDecodeException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class KeyNamesTest {

	private static final ReadLimits LIMITS = new ReadLimits(1024, 4096, 100, 1000, Integer.MAX_VALUE);

	@Test
	void everyNameOfEveryLengthIsFoundByItsBytesInAnyOrder() {
		List<String> names = new ArrayList<>();
		for (int length = 1; length <= 40; length++) {
			names.add("n\u00e9-0123456789abcdefghijklmnopqrstuvwxyz0123456789".substring(0, length));
		}
		KeyNames keyNames = new KeyNames(names.toArray(new String[0]));
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < names.size(); i++) {
			order.add(i);
		}
		Collections.shuffle(order, new Random(7));
		for (int index : order) {
			byte[] key = ("\"" + names.get(index) + "\"").getBytes(StandardCharsets.UTF_8);
			// the key at the very end of the input too, where its last bytes cannot be read as one word
			for (byte[] input : List.of(key, Arrays.copyOf(key, key.length + 8))) {
				int end = key.length;
				assertThat(keyNames.find(input, 1, end - 1, end)).isEqualTo(index);
				assertThat(keyNames.matches(index, input, 1, end)).isTrue();
				assertThat(keyNames.matches((index + 1) % names.size(), input, 1, end)).isFalse();
			}
		}
	}

	@Test
	void aKeyThatStartsOrEndsLikeANameIsNotIt() {
		KeyNames keyNames = new KeyNames(new String[] { "id", "id_str", "profile_image_url" });
		for (String key : List.of("i", "ids", "id_st", "id_strs", "xid", "profile_image_ur", "profile_image_urls",
				"profile_image_url_https")) {
			byte[] input = ("\"" + key + "\":1}").getBytes(StandardCharsets.UTF_8);
			assertThat(keyNames.find(input, 1, key.length() + 1, input.length)).as(key).isEqualTo(-1);
			for (int index = 0; index < 3; index++) {
				assertThat(keyNames.matches(index, input, 1, input.length)).as(key).isFalse();
			}
		}
	}

	@Test
	void hundredsOfNamesWithTheSameFirstWordAreAllFound() {
		String[] names = new String[300];
		for (int i = 0; i < names.length; i++) {
			names[i] = "property" + i;
		}
		KeyNames keyNames = new KeyNames(names);
		for (int i = 0; i < names.length; i++) {
			byte[] input = ("\"" + names[i] + "\":").getBytes(StandardCharsets.UTF_8);
			assertThat(keyNames.find(input, 1, input.length - 2, input.length)).isEqualTo(i);
		}
	}

	@Test
	void theParserGivesTheIndexOrTheUnknownKeysText() {
		KeyNames names = new KeyNames(new String[] { "id", null, "text" });
		JsonParser in = open("{\"text\":1,\"\\u0069d\":2,\"other\":3,\"id\" : 4}", LIMITS);
		assertThat(in.beginObject()).isTrue();
		assertThat(in.readKeyIndex(names, 0)).isEqualTo(2);
		assertThat(in.readValue()).isEqualTo(1L);
		assertThat(in.nextEntry()).isTrue();
		// an escaped key is read as text, and still found
		assertThat(in.readKeyIndex(names, 0)).isEqualTo(0);
		assertThat(in.unknownKey()).isEqualTo("id");
		assertThat(in.readValue()).isEqualTo(2L);
		assertThat(in.nextEntry()).isTrue();
		assertThat(in.readKeyIndex(names, 1)).isEqualTo(-1);
		assertThat(in.unknownKey()).isEqualTo("other");
		assertThat(in.readValue()).isEqualTo(3L);
		assertThat(in.nextEntry()).isTrue();
		assertThat(in.readKeyIndex(names, 0)).isEqualTo(0);
		assertThat(in.readValue()).isEqualTo(4L);
		assertThat(in.nextEntry()).isFalse();
		in.finish();
	}

	@Test
	void aKeyLongerThanTheLimitFailsThoughItIsAName() {
		KeyNames names = new KeyNames(new String[] { "abcdef" });
		ReadLimits limits = new ReadLimits(1024, 4096, 5, 1000, Integer.MAX_VALUE);
		JsonParser in = open("{\"abcdef\":1}", limits);
		in.beginObject();
		assertThatExceptionOfType(JsonDecodeException.class).isThrownBy(() -> in.readKeyIndex(names, 0))
			.withMessage("string is longer than 5 bytes (maxStringLength): line 1 column 2 (char 1)");
	}

	record Odd(@JsonProperty("a\"b") String quoted, @JsonProperty("t\tb") String tabbed, String größe) {
	}

	@Test
	void namesJsonEscapesAndNamesBeyondAsciiAreRead() throws Exception {
		KeyNames names = new KeyNames(new String[] { "a\"b", "t\tb", "größe" });
		String json = "{\"gr\u00f6\u00dfe\":\"1\",\"a\\\"b\":\"2\",\"t\\tb\":\"3\"}";
		JsonParser in = open(json, LIMITS);
		in.beginObject();
		assertThat(in.readKeyIndex(names, 0)).isEqualTo(2);
		in.readValue();
		in.nextEntry();
		assertThat(in.readKeyIndex(names, 0)).isEqualTo(0);
		in.readValue();
		in.nextEntry();
		assertThat(in.readKeyIndex(names, 0)).isEqualTo(1);
		// and through typed loads, where the names are a record's
		assertThat(Json.loads(bytes(json), Odd.class))
			.isEqualTo(new Odd("2", "3", "1"));
	}

	@Test
	void aKeyThatIsNotUtf8FailsAsAnyStringDoes() {
		byte[] json = { '{', '"', 'g', 'r', (byte) 0xC3, '"', ':', '1', '}' };
		assertThatExceptionOfType(JsonDecodeException.class).isThrownBy(() -> Json.loads(json, Odd.class))
			.withMessage("str is not valid UTF-8: surrogates not allowed: line 1 column 1 (char 0)");
	}

	private static JsonParser open(String json, ReadLimits limits) {
		byte[] bytes = bytes(json);
		return JsonParser.open(bytes, bytes.length, limits);
	}

	private static byte[] bytes(String json) {
		return json.getBytes(StandardCharsets.UTF_8);
	}
}
