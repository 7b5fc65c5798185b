package io.jsoncore.sample.check;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import io.jsoncore.Json;

/**
 * orjson's {@code integration/thread}: round trips of the same ten records, {@code loads(dumps(DATA))}, on a pool
 * of threads sharing json-core's encoder pool and key cache, each result compared with the input. As in orjson, a
 * number of round trips spread over the pool in chunks of 1,000; unlike orjson, a failure makes the exit status 1.
 */
public final class ThreadCheck {

	/** orjson's {@code DATA}: ten objects of every JSON type, with CJK and astral characters in a string. */
	static final List<Map<String, Object>> DATA = records();

	private static final int CHUNK = 1_000;

	private ThreadCheck() {
	}

	public static void main(String[] args) {
		int threads = args.length > 0 ? Integer.parseInt(args[0]) : 4;
		int roundTrips = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
		System.exit(run(threads, roundTrips, System.out) ? 0 : 1);
	}

	/**
	 * Runs {@code roundTrips} round trips on {@code threads} threads and prints
	 * {@code thread test running... ok} or each failure then {@code ... FAILED}.
	 *
	 * @return whether every round trip gave back what went in
	 */
	public static boolean run(int threads, int roundTrips, PrintStream out) {
		AtomicInteger failures = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		long start = System.nanoTime();
		try {
			List<Future<?>> chunks = new ArrayList<>();
			for (int from = 0; from < roundTrips; from += CHUNK) {
				int first = from;
				int last = Math.min(from + CHUNK, roundTrips);
				chunks.add(pool.submit(() -> {
					for (int n = first; n < last; n++) {
						roundTrip(n, failures, out);
					}
				}));
			}
			for (Future<?> chunk : chunks) {
				chunk.get();
			}
		}
		catch (Exception ex) {
			ex.printStackTrace(out);
			failures.incrementAndGet();
		}
		finally {
			pool.shutdownNow();
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		if (failures.get() == 0) {
			out.printf(Locale.ROOT, "thread test running... ok, %,d round trips on %d threads in %.2f s%n", roundTrips,
					threads, seconds);
			return true;
		}
		out.printf(Locale.ROOT, "thread test running... FAILED, %,d of %,d round trips%n", failures.get(), roundTrips);
		return false;
	}

	private static void roundTrip(int n, AtomicInteger failures, PrintStream out) {
		try {
			Object back = Json.loads(Json.dumps(DATA));
			if (!DATA.equals(back)) {
				throw new AssertionError("loads(dumps(DATA)) is " + back);
			}
		}
		catch (RuntimeException | AssertionError ex) {
			failures.incrementAndGet();
			// one println per failure, so that lines of different threads do not interleave
			out.println("thread " + Thread.currentThread().getName() + ": " + n + " dumps, loads ERROR: " + ex);
		}
	}

	// Long and Double, as loads reads the numbers back; LinkedHashMap because Map.of refuses the null
	private static List<Map<String, Object>> records() {
		List<Map<String, Object>> records = new ArrayList<>();
		for (long id = 0; id < 10; id++) {
			Map<String, Object> record = new LinkedHashMap<>();
			record.put("id", id);
			record.put("name", "90as90ji0123ioj2390as90as90");
			record.put("body", "哈哈89asu89as😊89as9as90jas-😋0apjzxiojzx89hq23n");
			record.put("score", 901290129.1);
			record.put("bool", true);
			record.put("int", 9832L);
			record.put("none", null);
			records.add(Collections.unmodifiableMap(record));
		}
		return Collections.unmodifiableList(records);
	}
}
