package io.jsoncore;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Each reading limit rejects input just past it, names its setting, and accepts input right at it. */
class ReadLimitsTest {

	record Named(String name, Map<String, Integer> counts) {
	}

	private static JsonDecodeException loadsFails(JsonCodec codec, String json) {
		return org.junit.jupiter.api.Assertions.assertThrows(JsonDecodeException.class, () -> codec.loads(json));
	}

	@Test
	void defaultsMatchJacksonWhereJacksonHasALimit() {
		JsonCodec codec = JsonCodec.defaults();
		assertThat(codec.maxStringLength()).isEqualTo(100_000_000);
		assertThat(codec.maxObjectProperties()).isEqualTo(1_000_000);
		assertThat(codec.maxDocumentSize()).isEqualTo(Integer.MAX_VALUE - 8);
	}

	@Test
	void maxStringLength() {
		JsonCodec codec = JsonCodec.builder().maxStringLength(5).build();
		assertThat(codec.loads("[\"abcde\"]")).isEqualTo(List.of("abcde"));
		assertThat(loadsFails(codec, "[\"abcdef\"]"))
			.hasMessage("string is longer than 5 bytes (maxStringLength): line 1 column 2 (char 1)");
		// escapes count as written: \n is two bytes of input
		assertThat(codec.loads("\"ab\\nc\"")).isEqualTo("ab\nc");
		assertThat(loadsFails(codec, "\"ab\\ncd\"").getMessage()).startsWith("string is longer than 5 bytes");
		// UTF-8 bytes, not chars: é is two
		assertThat(loadsFails(codec, "\"ééé\"").getMessage()).startsWith("string is longer than 5 bytes");
	}

	@Test
	void maxStringLengthCoversKeys() {
		JsonCodec codec = JsonCodec.builder().maxStringLength(3).build();
		assertThat(codec.loads("{\"abc\":1}")).isEqualTo(Map.of("abc", 1L));
		assertThat(loadsFails(codec, "{\"abcd\":1}"))
			.hasMessage("string is longer than 3 bytes (maxStringLength): line 1 column 2 (char 1)");
	}

	@Test
	void maxObjectProperties() {
		JsonCodec codec = JsonCodec.builder().maxObjectProperties(2).build();
		// each object counts its own properties
		assertThat(codec.loads("{\"a\":{\"x\":1,\"y\":2},\"b\":{\"z\":[{\"p\":1,\"q\":2}]}}")).isInstanceOf(Map.class);
		assertThat(loadsFails(codec, "{\"a\":1,\"b\":2,\"c\":3}"))
			.hasMessage("object has more than 2 properties (maxObjectProperties): line 1 column 14 (char 13)");
		assertThat(loadsFails(codec, "[{\"a\":{\"x\":1,\"y\":2,\"z\":3}}]").getMessage())
			.startsWith("object has more than 2 properties (maxObjectProperties)");
	}

	@Test
	void maxObjectPropertiesAppliesToTypedReading() {
		JsonCodec codec = JsonCodec.builder().maxObjectProperties(2).build();
		assertThat(codec.loads("{\"name\":\"n\",\"counts\":{\"a\":1,\"b\":2}}", Named.class))
			.isEqualTo(new Named("n", Map.of("a", 1, "b", 2)));
		assertThat(org.junit.jupiter.api.Assertions.assertThrows(JsonDecodeException.class,
				() -> codec.loads("{\"name\":\"n\",\"counts\":{\"a\":1,\"b\":2,\"c\":3}}", Named.class)))
			.hasMessageStartingWith("object has more than 2 properties (maxObjectProperties)");
		// unknown properties are skipped, but still counted
		assertThat(org.junit.jupiter.api.Assertions.assertThrows(JsonDecodeException.class,
				() -> codec.loads("{\"name\":\"n\",\"x\":1,\"y\":2}", Named.class)))
			.hasMessageStartingWith("object has more than 2 properties (maxObjectProperties)");
	}

	@Test
	void maxDocumentSize() {
		JsonCodec codec = JsonCodec.builder().maxDocumentSize(5).build();
		assertThat(codec.loads("[1,2]")).isEqualTo(List.of(1L, 2L));
		assertThat(loadsFails(codec, "[1,22]"))
			.hasMessage("document is larger than 5 bytes (maxDocumentSize): line 1 column 1 (char 0)");
	}

	@Test
	void oversizedStreamIsRejectedWithoutBeingReadWhole() {
		JsonCodec codec = JsonCodec.builder().maxDocumentSize(1024).build();
		int[] consumed = new int[1];
		InputStream endless = new InputStream() {
			@Override
			public int read() {
				consumed[0]++;
				return ' ';
			}
		};
		assertThatExceptionOfType(JsonDecodeException.class).isThrownBy(() -> codec.loads(endless))
			.withMessageStartingWith("document is larger than 1024 bytes (maxDocumentSize)");
		assertThat(consumed[0]).isEqualTo(1025);
	}

	@Test
	void streamWithinTheLimitIsRead() throws IOException {
		JsonCodec codec = JsonCodec.builder().maxDocumentSize(5).build();
		assertThat(codec.loads(new ByteArrayInputStream("[1,2]".getBytes(StandardCharsets.UTF_8)), Object.class))
			.isEqualTo(List.of(1L, 2L));
	}

	@Test
	void millionDigitNumberAndExponentAreRejectedByLength() {
		String digits = "1".repeat(1_000_000);
		assertThat(loadsFails(JsonCodec.defaults(), digits))
			.hasMessage("number is longer than 10000 characters (maxNumberLength): line 1 column 1 (char 0)");
		assertThat(loadsFails(JsonCodec.defaults(), "[1e" + digits + "]"))
			.hasMessage("number is longer than 10000 characters (maxNumberLength): line 1 column 2 (char 1)");
	}

	@Test
	void limitsMustBePositive() {
		assertThatIllegalArgumentException().isThrownBy(() -> JsonCodec.builder().maxStringLength(0))
			.withMessage("maxStringLength must be at least 1, was 0");
		assertThatIllegalArgumentException().isThrownBy(() -> JsonCodec.builder().maxObjectProperties(-1))
			.withMessage("maxObjectProperties must be at least 1, was -1");
		assertThatIllegalArgumentException().isThrownBy(() -> JsonCodec.builder().maxDocumentSize(0))
			.withMessage("maxDocumentSize must be at least 1, was 0");
	}

	@Test
	void toBuilderKeepsTheLimits() {
		JsonCodec codec = JsonCodec.builder().maxStringLength(7).maxObjectProperties(8).maxDocumentSize(9).build()
			.toBuilder().build();
		assertThat(codec.maxStringLength()).isEqualTo(7);
		assertThat(codec.maxObjectProperties()).isEqualTo(8);
		assertThat(codec.maxDocumentSize()).isEqualTo(9);
	}
}
