package io.jsoncore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import static io.jsoncore.testing.Dumps.dumps;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FallbackTest {

	static final class Custom {

	}

	/** orjson's test type: the fallback turns Recursive(n) into Recursive(n - 1), and Recursive(0) into 0. */
	static final class Recursive {

		final int remaining;

		Recursive(int remaining) {
			this.remaining = remaining;
		}
	}

	private static final Function<Object, Object> UNWRAP = (value) -> {
		if (value instanceof Recursive) {
			Recursive recursive = (Recursive) value;
			return recursive.remaining == 0 ? 0 : new Recursive(recursive.remaining - 1);
		}
		throw new IllegalArgumentException("unexpected " + value);
	};

	@Test
	void unknownTypeWithoutFallbackFails() {
		assertThatThrownBy(() -> Json.dumps(new Custom())).isInstanceOf(JsonEncodeException.class)
			.hasMessage("Type is not JSON serializable: io.jsoncore.FallbackTest$Custom")
			.hasNoCause();
	}

	@Test
	void writesWhatTheFallbackReturns() {
		assertThat(dumps(Map.of("a", new Custom()), (value) -> "custom")).isEqualTo("{\"a\":\"custom\"}");
	}

	@Test
	void nullFromFallbackWritesNull() {
		assertThat(dumps(List.of(new Custom()), (value) -> null)).isEqualTo("[null]");
	}

	@Test
	void fallbackResultIsWrittenWithTheSameOptions() {
		Function<Object, Object> fallback = (value) -> Map.of("b", 1, "a", 2);
		assertThat(dumps(new Custom(), fallback, JsonOption.SORT_KEYS)).isEqualTo("{\"a\":2,\"b\":1}");
	}

	@Test
	void chainOf255CallsIsAllowed() {
		assertThat(dumps(new Recursive(254), UNWRAP)).isEqualTo("0");
	}

	@Test
	void chainOf256CallsFails() {
		assertThatThrownBy(() -> Json.dumps(new Recursive(255), UNWRAP)).isInstanceOf(JsonEncodeException.class)
			.hasMessage("default serializer exceeds recursion limit");
	}

	@Test
	void siblingsDoNotShareTheChainCount() {
		List<Object> value = List.of(new Recursive(254), Map.of("a", 1), new Recursive(254));
		assertThat(dumps(value, UNWRAP)).isEqualTo("[0,{\"a\":1},0]");
	}

	@Test
	void identityFallbackFailsAtTheLimit() {
		assertThatThrownBy(() -> Json.dumps(new Custom(), (value) -> value)).isInstanceOf(JsonEncodeException.class)
			.hasMessage("default serializer exceeds recursion limit");
	}

	@Test
	void exceptionFromFallbackBecomesTheCause() {
		IllegalStateException failure = new IllegalStateException("no");
		assertThatThrownBy(() -> Json.dumps(new Custom(), (value) -> {
			throw failure;
		})).isInstanceOf(JsonEncodeException.class)
			.hasMessage("Type is not JSON serializable: io.jsoncore.FallbackTest$Custom")
			.hasCause(failure);
	}

	@Test
	void fallbackIsCalledOnceForEachUnknownValue() {
		AtomicInteger calls = new AtomicInteger();
		List<Object> values = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			values.add(new Custom());
		}
		assertThat(dumps(values, (value) -> calls.incrementAndGet())).isEqualTo("[1,2,3,4,5]");
		assertThat(calls).hasValue(5);
	}

	@Test
	void fallbackReturningLoneSurrogateFails() {
		assertThatThrownBy(() -> Json.dumps(new Custom(), (value) -> "\udc00")).isInstanceOf(JsonEncodeException.class)
			.hasMessage("str is not valid UTF-8: surrogates not allowed");
	}

	@Test
	void jdkTypesThatAreNotNativeGoToTheFallback() {
		assertThat(dumps(List.of(new Object(), Thread.State.NEW.getClass()), (value) -> "x"))
			.isEqualTo("[\"x\",\"x\"]");
	}

	@Test
	void fallbackIsNeverCalledForKnownTypes() {
		Function<Object, Object> failing = (value) -> {
			throw new AssertionError("called for " + value);
		};
		assertThat(dumps(List.of(1, "a", 2.5, true), failing)).isEqualTo("[1,\"a\",2.5,true]");
	}
}
