package io.jsoncore;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.SortedSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BindingErrorTest {

	enum Color {
		RED
	}

	record Item(String name, int qty) {
	}

	record Cart(List<Item> items, Map<String, Item> byName) {
	}

	record Small(byte b, Integer boxed, char c, BigInteger big, UUID id, Color color, LocalDate day) {
	}

	record Floating(float f, Double d, BigDecimal exact) {
	}

	record NullHostile(Queue<Long> queue, SortedSet<String> sorted, ConcurrentMap<String, Integer> concurrent) {
	}

	record Positive(int value) {

		Positive {
			if (value < 0) {
				throw new IllegalArgumentException("negative");
			}
		}
	}

	interface Shape {
	}

	public static class NoDefaultConstructor {

		public NoDefaultConstructor(int a) {
		}

		public NoDefaultConstructor(String a) {
		}

		public void setA(int a) {
		}
	}

	private static void assertFails(String json, Class<?> type, String message) {
		assertThatThrownBy(() -> Json.loads(json.getBytes(), type)).isInstanceOf(JsonDecodeException.class)
			.hasMessage(message);
	}

	@Test
	void wrongKindNamesTheTypeThePathAndThePosition() {
		assertFails("{\"items\":[{\"name\":\"a\",\"qty\":1},{\"name\":\"b\",\"qty\":\"2\"}]}", Cart.class,
				"expected int but found a string at $.items[1].qty: line 1 column 50 (char 49)");
		assertFails("{\"byName\":{\"x\":{\"qty\":[]}}}", Cart.class,
				"expected int but found an array at $.byName.x.qty: line 1 column 23 (char 22)");
		assertFails("{\"items\":{}}", Cart.class,
				"expected List<io.jsoncore.BindingErrorTest$Item> but found an object at $.items: line 1 column 10 (char 9)");
		assertFails("[]", Item.class, "expected io.jsoncore.BindingErrorTest$Item but found an array at $: line 1 column 1 (char 0)");
	}

	@Test
	void integersAreRangeCheckedAndWhole() {
		assertFails("{\"b\":300}", Small.class, "expected byte but found 300 at $.b: line 1 column 6 (char 5)");
		assertFails("{\"boxed\":1.5}", Small.class, "expected int but found 1.5 at $.boxed: line 1 column 10 (char 9)");
		assertFails("{\"boxed\":2147483648}", Small.class,
				"expected int but found 2147483648 at $.boxed: line 1 column 10 (char 9)");
		assertFails("{\"big\":1e3}", Small.class, "expected BigInteger but found 1e3 at $.big: line 1 column 8 (char 7)");
	}

	@Test
	void nullIntoACollectionThatRejectsNullsIsABindingError() {
		assertFails("{\"queue\":[1,null]}", NullHostile.class,
				"expected Long but found null at $.queue[1]: line 1 column 13 (char 12)");
		assertFails("{\"sorted\":[null]}", NullHostile.class,
				"expected String but found null at $.sorted[0]: line 1 column 12 (char 11)");
		assertFails("{\"concurrent\":{\"a\":null}}", NullHostile.class,
				"expected Integer but found null at $.concurrent.a: line 1 column 20 (char 19)");
	}

	@Test
	void bigDecimalWithAnExponentBeyondAnIntIsABindingError() {
		assertFails("{\"exact\":1e-2147483649}", Floating.class,
				"expected BigDecimal but found 1e-2147483649 at $.exact: line 1 column 10 (char 9)");
		assertFails("{\"exact\":0.9e-3242345678}", Floating.class,
				"expected BigDecimal but found 0.9e-3242345678 at $.exact: line 1 column 10 (char 9)");
		assertThat(Json.loads("{\"exact\":1e-2147483647}".getBytes(), Floating.class).exact())
			.isEqualTo(new BigDecimal("1e-2147483647"));
	}

	@Test
	void floatingPointBeyondItsTypesRangeFailsRatherThanBecomingInfinity() {
		assertFails("{\"f\":3.5e38}", Floating.class, "expected float but found 3.5e38 at $.f: line 1 column 6 (char 5)");
		assertFails("{\"d\":" + "9".repeat(400) + "}", Floating.class,
				"expected double but found " + "9".repeat(400) + " at $.d: line 1 column 6 (char 5)");
		byte[] largest = "{\"f\":3.4028235e38,\"d\":1.7976931348623157e308}".getBytes();
		assertThat(Json.loads(largest, Floating.class)).isEqualTo(new Floating(Float.MAX_VALUE, Double.MAX_VALUE, null));
		byte[] underflow = "{\"f\":1e-50,\"d\":-1e-400}".getBytes();
		assertThat(Json.loads(underflow, Floating.class)).isEqualTo(new Floating(0.0f, -0.0, null));
	}

	@Test
	void nullIntoAPrimitiveFails() {
		assertFails("{\"qty\":null}", Item.class, "expected int but found null at $.qty: line 1 column 8 (char 7)");
	}

	@Test
	void textThatDoesNotParseIsQuoted() {
		assertFails("{\"c\":\"ab\"}", Small.class, "expected char but found \"ab\" at $.c: line 1 column 6 (char 5)");
		assertFails("{\"id\":\"1-1-1-1-1\"}", Small.class,
				"expected UUID but found \"1-1-1-1-1\" at $.id: line 1 column 7 (char 6)");
		assertFails("{\"color\":\"BLUE\"}", Small.class,
				"expected io.jsoncore.BindingErrorTest$Color but found \"BLUE\" at $.color: line 1 column 10 (char 9)");
		assertFails("{\"day\":\"2020-02-30\"}", Small.class,
				"expected java.time.LocalDate but found \"2020-02-30\" at $.day: line 1 column 8 (char 7)");
	}

	@Test
	void badMapKeyIsReported() {
		assertThatThrownBy(() -> Json.loads("{\"x\":1}".getBytes(), new TypeRef<Map<Integer, Integer>>() {
		})).isInstanceOf(JsonDecodeException.class)
			.hasMessage("expected Integer key but found \"x\" at $: line 1 column 2 (char 1)");
	}

	@Test
	void constructorThatRejectsTheValues() {
		assertThatThrownBy(() -> Json.loads("[{\"value\":-1}]".getBytes(), new TypeRef<List<Positive>>() {
		})).isInstanceOf(JsonDecodeException.class)
			.hasMessage("expected io.jsoncore.BindingErrorTest$Positive but found an object its constructor rejects "
					+ "(java.lang.IllegalArgumentException: negative) at $[0]: line 1 column 2 (char 1)");
	}

	@Test
	void syntaxErrorsKeepOrjsonMessages() {
		assertFails("{\"name\":\"a\",}", Item.class, "trailing comma is not allowed: line 1 column 12 (char 11)");
		assertFails("{\"name\":\"a\"} x", Item.class, "unexpected content after document: line 1 column 14 (char 13)");
		assertFails("", Item.class, "Input is a zero-length, empty document: line 1 column 1 (char 0)");
	}

	@Test
	void unreadableTypesFailWhenFirstUsedAndSayWhatToAdd() {
		assertThatIllegalArgumentException().isThrownBy(() -> Json.loads("{}".getBytes(), Shape.class))
			.withMessage("Cannot read io.jsoncore.BindingErrorTest$Shape: it is an interface; declare a concrete class or "
					+ "a record, a List, Set or Map, in its place");
		assertThatIllegalArgumentException().isThrownBy(() -> Json.loads("{}".getBytes(), NoDefaultConstructor.class))
			.withMessage("Cannot read io.jsoncore.BindingErrorTest$NoDefaultConstructor: it has no no-argument "
					+ "constructor and 2 others, none of them marked; mark the one to read with @JsonCreator");
		assertThatIllegalArgumentException().isThrownBy(() -> Json.loads("{}".getBytes(), Thread.class))
			.withMessageStartingWith("Cannot read java.lang.Thread: it is not one of the JDK types jsoncore reads");
	}

	record T0(int v) {
	}

	record T1(int v) {
	}

	record T2(int v) {
	}

	record T3(int v) {
	}

	record T4(int v) {
	}

	record T5(int v) {
	}

	record T6(int v) {
	}

	record T7(int v) {
	}

	record T8(int v) {
	}

	record T9(int v) {
	}

	record T10(int v) {
	}

	record T11(int v) {
	}

	record T12(int v) {
	}

	record T13(int v) {
	}

	record T14(int v) {
	}

	record T15(List<T15> next, int v) {
	}

	@Test
	void sixteenThreadsBindSixteenTypesAtOnce() throws Exception {
		List<Class<?>> types = List.of(T0.class, T1.class, T2.class, T3.class, T4.class, T5.class, T6.class, T7.class,
				T8.class, T9.class, T10.class, T11.class, T12.class, T13.class, T14.class, T15.class);
		CyclicBarrier start = new CyclicBarrier(types.size());
		ExecutorService pool = Executors.newFixedThreadPool(types.size());
		try {
			List<Future<Object>> results = new ArrayList<>();
			for (int i = 0; i < types.size(); i++) {
				Class<?> type = types.get(i);
				int value = i;
				Callable<Object> task = () -> {
					start.await();
					return Json.loads(("{\"v\":" + value + ",\"next\":[]}").getBytes(), type);
				};
				results.add(pool.submit(task));
			}
			for (int i = 0; i < types.size(); i++) {
				Object read = results.get(i).get(30, TimeUnit.SECONDS);
				assertThat(read).isInstanceOf(types.get(i));
				assertThat(read.toString()).endsWith("v=" + i + "]");
			}
		}
		finally {
			pool.shutdownNow();
		}
	}
}
