package io.jsoncore;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A property the Java type does not have is skipped: checked as strictly as any value, but never built. */
class UnknownPropertiesTest {

	record Known(int b) {
	}

	@Test
	void anUnknownPropertyIsSkippedWithoutBuildingItsValue() {
		StringBuilder json = new StringBuilder("{\"unknown\":[");
		for (int i = 0; i < 200_000; i++) {
			json.append(i == 0 ? "" : ",").append("{\"name\":\"value ").append(i).append("\",\"n\":").append(i).append('}');
		}
		byte[] bytes = json.append("],\"b\":7}").toString().getBytes(StandardCharsets.UTF_8);
		assertThat(Json.loads(bytes, Known.class)).isEqualTo(new Known(7)); // the decoder is built before measuring
		long before = allocatedBytes();
		Known known = Json.loads(bytes, Known.class);
		long allocated = allocatedBytes() - before;
		assertThat(known).isEqualTo(new Known(7));
		// the tree of the skipped value is 200,000 maps, 400,000 entries and strings: tens of megabytes
		assertThat(allocated).as("bytes allocated skipping a %d-byte value", bytes.length).isLessThan(256 * 1024);
	}

	private static long allocatedBytes() {
		return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
	}

	@Test
	void aSkippedValueFailsExactlyAsTheSameValueReadUntyped() {
		JsonCodec codec = JsonCodec.builder().maxDepth(8).maxStringLength(10).maxNumberLength(12).build();
		List<String> values = List.of("[1,2,]", "{\"k\" 1}", "{\"k\":1,}", "\"\\x\"", "\"\\u00\"", "\"\\ud800\"", "tru",
				"nul", "01", "-", "1.", "1e", "\"\u0001\"", "[[[[[[[[[1]]]]]]]]]", "\"12345678901\"", "1234567890123",
				"{\"12345678901\":1}", "\"\\n123456789\"", "[1 2]", "{1:2}", "\"open", "[", "{");
		for (String value : values) {
			byte[] json = ("{\"a\":" + value + ",\"b\":1}").getBytes(StandardCharsets.UTF_8);
			JsonDecodeException untyped = catchThrowableOfType(JsonDecodeException.class, () -> codec.loads(json));
			JsonDecodeException typed = catchThrowableOfType(JsonDecodeException.class,
					() -> codec.loads(json, Known.class));
			assertThat(untyped).as(value).isNotNull();
			assertThat(typed).as(value).hasMessage(untyped.getMessage());
		}
	}

	@Test
	void aSkippedStringMustBeUtf8() {
		byte[] json = { '{', '"', 'a', '"', ':', '"', (byte) 0xC3, '"', ',', '"', 'b', '"', ':', '1', '}' };
		JsonDecodeException untyped = catchThrowableOfType(JsonDecodeException.class, () -> Json.loads(json));
		assertThat(catchThrowableOfType(JsonDecodeException.class, () -> Json.loads(json, Known.class)))
			.hasMessage(untyped.getMessage())
			.hasMessage("str is not valid UTF-8: surrogates not allowed: line 1 column 1 (char 0)");
		byte[] valid = "{\"a\":[\"\u00e9\ud83d\ude00\",{\"\u00e9\":\"\\u00e9\"}],\"b\":2}".getBytes(StandardCharsets.UTF_8);
		assertThat(Json.loads(valid, Known.class)).isEqualTo(new Known(2));
	}

	@Test
	void failOnUnknownPropertiesNamesTheProperty() {
		JsonCodec strict = JsonCodec.builder().failOnUnknownProperties(true).build();
		assertThat(catchThrowableOfType(JsonDecodeException.class, () -> strict.loads("{\"b\":1,\"c\":[]}", Known.class)))
			.hasMessage("expected a property of io.jsoncore.UnknownPropertiesTest$Known but found \"c\" at $.c: "
					+ "line 1 column 8 (char 7)");
	}
}
