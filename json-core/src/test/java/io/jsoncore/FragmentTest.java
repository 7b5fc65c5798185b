package io.jsoncore;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static io.jsoncore.testing.Dumps.dumps;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FragmentTest {

	@Test
	void dumpsBytesVerbatim() {
		assertThat(dumps(new Fragment("{\"a\":1}".getBytes(StandardCharsets.UTF_8)))).isEqualTo("{\"a\":1}");
	}

	@Test
	void dumpsTextAsUtf8() {
		assertThat(Json.dumps(new Fragment("[\"é😀\"]"))).isEqualTo("[\"é😀\"]".getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void dumpsInsideContainers() {
		Map<String, Object> value = Map.of("data", List.of(1, 2.2, new Fragment("{}")));
		assertThat(dumps(value)).isEqualTo("{\"data\":[1,2.2,{}]}");
	}

	@Test
	void dumpsWithoutValidationOrEscaping() {
		assertThat(dumps(List.of(new Fragment("not json \n\"")))).isEqualTo("[not json \n\"]");
	}

	@Test
	void emptyFragmentWritesNothing() {
		assertThat(dumps(List.of(new Fragment(""), new Fragment(new byte[0])))).isEqualTo("[,]");
	}

	@Test
	void indentationLeavesFragmentUntouched() {
		assertThat(dumps(List.of(new Fragment("{\"a\":[1,2]}")), JsonOption.INDENT_2))
			.isEqualTo("[\n  {\"a\":[1,2]}\n]");
	}

	@Test
	void copiesTheBytesItIsGiven() {
		byte[] bytes = "[1]".getBytes(StandardCharsets.UTF_8);
		Fragment fragment = new Fragment(bytes);
		bytes[1] = '2';
		assertThat(dumps(fragment)).isEqualTo("[1]");
	}

	@Test
	void textWithLoneSurrogateFailsWhenWritten() {
		Fragment fragment = new Fragment("\"\ud800\"");
		assertThatThrownBy(() -> Json.dumps(fragment)).isInstanceOf(JsonEncodeException.class)
			.hasMessage("str is not valid UTF-8: surrogates not allowed");
	}

	@Test
	void equalityIsIdentity() {
		assertThat(new Fragment("{}")).isNotEqualTo(new Fragment("{}"));
	}

	@Test
	void isNotAMapKey() {
		Map<Object, Object> value = Map.of(new Fragment("{}"), 1);
		assertThatThrownBy(() -> Json.dumps(value, JsonOption.NON_STR_KEYS)).isInstanceOf(JsonEncodeException.class)
			.hasMessage("Dict key must a type serializable with OPT_NON_STR_KEYS");
	}

	@Test
	void rejectsNull() {
		assertThatThrownBy(() -> new Fragment((byte[]) null)).isInstanceOf(NullPointerException.class);
		assertThatThrownBy(() -> new Fragment((String) null)).isInstanceOf(NullPointerException.class);
	}
}
