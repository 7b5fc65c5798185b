package io.jsoncore;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.condition.JRE;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * orjson's integration checks ({@code integration/init} and {@code integration/thread}) on the JVM: concurrent
 * first use, and many threads doing round trips through the shared encoder pool.
 */
class ThreadSafetyTest {

	static final List<Map<String, Object>> DATA = data();

	private static List<Map<String, Object>> data() {
		List<Map<String, Object>> data = new ArrayList<>();
		for (long id = 0; id < 10; id++) {
			Map<String, Object> record = new LinkedHashMap<>();
			record.put("id", id);
			record.put("name", "90as90ji0123ioj2390as90as90");
			record.put("body", "哈哈89asu89as😊89as9as90jas-😋0apjzxiojzx89hq23n");
			record.put("score", 901290129.1);
			record.put("bool", true);
			record.put("int", 9832L);
			record.put("none", null);
			data.add(record);
		}
		return data;
	}

	/** Run in a fresh JVM by {@link #firstUseFromSixteenThreadsAtOnce()}, so the first use really is the first. */
	public static final class FirstUse {

		static final class Custom {

		}

		public static void main(String[] args) throws Exception {
			int threads = 16;
			java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(threads);
			ExecutorService pool = Executors.newFixedThreadPool(threads);
			List<Future<String>> results = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				results.add(pool.submit(() -> {
					start.await();
					String written = new String(Json.dumps(new Custom(), (value) -> null), StandardCharsets.UTF_8);
					Object read = Json.loads("{\"a\":1,\"b\":2,\"c\":3}".getBytes(StandardCharsets.UTF_8));
					return written + " " + read;
				}));
			}
			for (Future<String> result : results) {
				System.out.println(result.get(30, TimeUnit.SECONDS));
			}
			pool.shutdown();
		}
	}

	@Test
	void firstUseFromSixteenThreadsAtOnce() throws Exception {
		String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
		// The folders or jars that hold json-core and this test: a fresh JVM needs nothing else.
		String classPath = codeSource(Json.class) + File.pathSeparator + codeSource(FirstUse.class);
		Process process = new ProcessBuilder(java, "-cp", classPath, FirstUse.class.getName())
			.redirectErrorStream(true)
			.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(output).isZero();
		assertThat(output.lines()).hasSize(16).allMatch("null {a=1, b=2, c=3}"::equals);
	}

	private static String codeSource(Class<?> type) throws Exception {
		return Paths.get(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
	}

	@Test
	void roundTripsOnFourPlatformThreads() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			assertRoundTrips(pool, 50_000);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	@EnabledForJreRange(min = JRE.JAVA_21)
	void roundTripsOnVirtualThreads() throws Exception {
		// Compiled for Java 17: reach Executors.newVirtualThreadPerTaskExecutor() by reflection.
		ExecutorService pool = (ExecutorService) Executors.class.getMethod("newVirtualThreadPerTaskExecutor").invoke(null);
		try {
			assertRoundTrips(pool, 50_000);
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static void assertRoundTrips(ExecutorService pool, int total) throws Exception {
		int tasks = 50;
		int perTask = total / tasks;
		List<Future<Integer>> results = new ArrayList<>();
		for (int t = 0; t < tasks; t++) {
			results.add(pool.submit(() -> {
				int done = 0;
				for (int i = 0; i < perTask; i++) {
					@SuppressWarnings("unchecked")
					List<Map<String, Object>> read = (List<Map<String, Object>>) Json.loads(Json.dumps(DATA));
					read.sort(Comparator.comparing((record) -> (Long) record.get("id")));
					if (!read.equals(DATA)) {
						throw new AssertionError("round trip " + i + " differs: " + read);
					}
					done++;
				}
				return done;
			}));
		}
		int done = 0;
		for (Future<Integer> result : results) {
			done += result.get(120, TimeUnit.SECONDS);
		}
		assertThat(done).isEqualTo(total);
	}
}
