package io.jsoncore;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CodecTest {

	static final class Money {

	}

	@Test
	void defaultsHaveNoOptionsAndOrjsonLimits() {
		JsonCodec codec = JsonCodec.defaults();
		assertThat(codec.options()).isEmpty();
		assertThat(codec.fallback()).isNull();
		assertThat(codec.maxDepth()).isEqualTo(1024);
		assertThat(codec.maxNumberLength()).isEqualTo(10_000);
	}

	@Test
	void builderAppliesOptionsAndFallback() {
		JsonCodec codec = JsonCodec.builder()
			.options(JsonOption.SORT_KEYS, JsonOption.APPEND_NEWLINE)
			.fallback((value) -> "money")
			.build();
		assertThat(new String(codec.dumps(Map.of("b", new Money(), "a", 1)), StandardCharsets.UTF_8))
			.isEqualTo("{\"a\":1,\"b\":\"money\"}\n");
	}

	@Test
	void toBuilderCopiesAndLeavesTheOriginalAlone() {
		JsonCodec sorted = JsonCodec.builder().options(JsonOption.SORT_KEYS).build();
		JsonCodec sortedAndIndented = sorted.toBuilder().option(JsonOption.INDENT_2, true).build();
		assertThat(sorted.options()).containsExactly(JsonOption.SORT_KEYS);
		assertThat(sortedAndIndented.options()).containsExactly(JsonOption.INDENT_2, JsonOption.SORT_KEYS);
		assertThat(sortedAndIndented.toBuilder().option(JsonOption.SORT_KEYS, false).build().options())
			.containsExactly(JsonOption.INDENT_2);
	}

	@Test
	void optionsAreUnmodifiable() {
		assertThatThrownBy(() -> JsonCodec.defaults().options().add(JsonOption.INDENT_2))
			.isInstanceOf(UnsupportedOperationException.class);
	}

	@Test
	void writesToAStream() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		JsonCodec.defaults().dumps(List.of(1, "é"), out);
		assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("[1,\"é\"]");
	}

	@Test
	void failedWriteLeavesTheStreamEmpty() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertThatThrownBy(() -> JsonCodec.defaults().dumps(List.of(1, new Money()), out))
			.isInstanceOf(JsonEncodeException.class);
		assertThat(out.size()).isZero();
	}

	@Test
	void readsFromAStream() throws Exception {
		Object tree = JsonCodec.defaults().loads(new ByteArrayInputStream("{\"a\":[1,2.5]}".getBytes(StandardCharsets.UTF_8)));
		assertThat(tree).isEqualTo(Map.of("a", List.of(1L, 2.5)));
	}

	@Test
	void limitsAreConfigurable() {
		JsonCodec shallow = JsonCodec.builder().maxDepth(2).maxNumberLength(3).build();
		assertThat(shallow.loads("[[1]]")).isEqualTo(List.of(List.of(1L)));
		assertThatThrownBy(() -> shallow.loads("[[[1]]]")).isInstanceOf(JsonDecodeException.class)
			.hasMessage("array and object recursion depth exceeded (maxDepth 2): line 1 column 4 (char 3)");
		assertThatThrownBy(() -> shallow.loads("[1234]")).isInstanceOf(JsonDecodeException.class)
			.hasMessage("number is longer than 3 characters (maxNumberLength): line 1 column 2 (char 1)");
	}

	@Test
	void rejectsNonsenseLimits() {
		assertThatIllegalArgumentException().isThrownBy(() -> JsonCodec.builder().maxDepth(0));
		assertThatIllegalArgumentException().isThrownBy(() -> JsonCodec.builder().maxNumberLength(-1));
	}
}
