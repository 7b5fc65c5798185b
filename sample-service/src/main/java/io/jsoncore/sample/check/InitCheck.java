package io.jsoncore.sample.check;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.jsoncore.Json;

/**
 * orjson's {@code integration/init}: threads that make their first use of the codec at the same moment, so that
 * class initialisation and the lazily built caches (type dispatch, encoder pool, key cache, record decoders) are
 * raced. Meaningful in a fresh JVM, which is how {@code sample-service/run init} starts it.
 */
public final class InitCheck {

	private static final byte[] ABC = "{\"a\":1,\"b\":2,\"c\":3}".getBytes(StandardCharsets.UTF_8);

	/** Not a bean (no public getter or field), so json-core hands it to the fallback, as orjson does. */
	static final class Custom {

		private final String name = "custom";

		@Override
		public String toString() {
			return this.name;
		}
	}

	/** The same object typed: the first typed loads builds a record decoder. */
	record Abc(int a, int b, int c) {
	}

	private InitCheck() {
	}

	public static void main(String[] args) {
		int threads = args.length > 0 ? Integer.parseInt(args[0]) : 16;
		System.exit(run(threads, System.out) ? 0 : 1);
	}

	/**
	 * Releases {@code threads} threads at once through a barrier, each doing orjson's
	 * {@code dumps(Custom(), default=lambda _: None)} and {@code loads(b'{"a":1,"b":2,"c":3}')} (and a typed
	 * loads), checks every result and prints {@code init test running... ok} or the failures.
	 */
	public static boolean run(int threads, PrintStream out) {
		CyclicBarrier start = new CyclicBarrier(threads);
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		List<String> failures = new ArrayList<>();
		try {
			List<Future<?>> uses = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				uses.add(pool.submit(() -> {
					start.await();
					firstUse();
					return null;
				}));
			}
			for (Future<?> use : uses) {
				try {
					use.get();
				}
				catch (Exception ex) {
					failures.add(String.valueOf(ex.getCause() != null ? ex.getCause() : ex));
				}
			}
		}
		finally {
			pool.shutdownNow();
		}
		if (failures.isEmpty()) {
			out.printf(Locale.ROOT, "init test running... ok, %d threads%n", threads);
			return true;
		}
		failures.forEach((failure) -> out.println("init ERROR: " + failure));
		out.printf(Locale.ROOT, "init test running... FAILED, %d of %d threads%n", failures.size(), threads);
		return false;
	}

	private static void firstUse() {
		byte[] custom = Json.dumps(new Custom(), (value) -> null);
		check("dumps(Custom(), fallback -> null)", new String(custom, StandardCharsets.UTF_8), "null");
		check("loads(ABC)", Json.loads(ABC), Map.of("a", 1L, "b", 2L, "c", 3L));
		check("loads(ABC, Abc.class)", Json.loads(ABC, Abc.class), new Abc(1, 2, 3));
	}

	private static void check(String what, Object actual, Object expected) {
		if (!expected.equals(actual)) {
			throw new AssertionError(what + " is " + actual + ", expected " + expected);
		}
	}
}
