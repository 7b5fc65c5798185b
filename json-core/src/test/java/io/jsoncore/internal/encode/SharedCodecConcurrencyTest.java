package io.jsoncore.internal.encode;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.jsoncore.Fragment;
import io.jsoncore.JsonCodec;
import io.jsoncore.JsonOption;
import io.jsoncore.PropertyNaming;
import io.jsoncore.internal.write.ByteWriter;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.condition.JRE;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One {@link JsonCodec} shared by 16 platform threads and by 10,000 virtual threads: every output is the
 * single-threaded one, the encoder pool keeps no more than its bound afterwards, and (on JDK 21+) no virtual
 * thread pins its carrier inside json-core.
 */
class SharedCodecConcurrencyTest {

	record Line(String sku, int qty, double price) {
	}

	record Order(UUID id, LocalDateTime placed, List<Line> lines, Map<Long, String> notes, Object extra) {
	}

	static final class Money {

		final long cents;

		Money(long cents) {
			this.cents = cents;
		}
	}

	private static final JsonCodec CODEC = JsonCodec.builder()
		.options(JsonOption.NON_STR_KEYS, JsonOption.SORT_KEYS, JsonOption.NAIVE_UTC)
		.propertyNaming(PropertyNaming.SNAKE_CASE)
		.fallback((value) -> value instanceof Money money ? money.cents / 100.0 : null)
		.build();

	/** Document {@code i}: small ones, and every 500th of about 2 MB, past the size a pooled buffer may keep. */
	static Object document(int i) {
		int lines = (i % 500 == 0) ? 40_000 : 1 + i % 7;
		List<Line> list = new ArrayList<>(lines);
		for (int n = 0; n < lines; n++) {
			list.add(new Line("sku-" + i + "-" + n, n, n * 0.25));
		}
		return new Order(new UUID(i, ~i), LocalDateTime.of(2026, 11, 22, 4, 20).plusSeconds(i), list,
				Map.of((long) i, "note " + i, -1L, "é😊"), List.of(new Money(i), new Fragment("{\"raw\":" + i + "}")));
	}

	private static List<byte[]> expected(int count) {
		List<byte[]> expected = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			expected.add(CODEC.dumps(document(i)));
		}
		return expected;
	}

	private static void runShared(ExecutorService pool, int tasks) throws Exception {
		List<byte[]> expected = expected(tasks);
		List<Future<Boolean>> results = new ArrayList<>(tasks);
		for (int t = 0; t < tasks; t++) {
			int i = t;
			results.add(pool.submit(() -> {
				Object document = document(i);
				ByteArrayOutputStream streamed = new ByteArrayOutputStream();
				CODEC.dumps(document, streamed, 4096);
				return java.util.Arrays.equals(CODEC.dumps(document), expected.get(i))
						&& java.util.Arrays.equals(streamed.toByteArray(), expected.get(i))
						&& CODEC.loads(expected.get(i)).equals(CODEC.loads(CODEC.dumps(document)));
			}));
		}
		int identical = 0;
		for (Future<Boolean> result : results) {
			identical += result.get(120, TimeUnit.SECONDS) ? 1 : 0;
		}
		pool.shutdown();
		assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
		assertThat(identical).isEqualTo(tasks);
	}

	private static void assertPoolWithinItsBound() {
		assertThat(EncoderPool.retainedBytes())
			.isLessThanOrEqualTo((long) EncoderPool.slots() * ByteWriter.MAX_RETAINED_CAPACITY);
	}

	@Test
	void sixteenPlatformThreadsGetTheSingleThreadedBytes() throws Exception {
		runShared(Executors.newFixedThreadPool(16), 2_000);
		assertPoolWithinItsBound();
	}

	@Test
	@EnabledForJreRange(min = JRE.JAVA_21)
	void tenThousandVirtualThreadsGetTheSingleThreadedBytesWithoutPinning(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("pinning.jfr");
		try (Recording recording = new Recording()) {
			// 0 ms: every pinned section, not only those over the default 20 ms threshold
			recording.enable("jdk.VirtualThreadPinned").withThreshold(java.time.Duration.ZERO).withStackTrace();
			// Shows the recording saw the run: one start event per virtual thread.
			recording.enable("jdk.VirtualThreadStart");
			recording.start();
			// Compiled for Java 17: reach Executors.newVirtualThreadPerTaskExecutor() by reflection.
			runShared((ExecutorService) Executors.class.getMethod("newVirtualThreadPerTaskExecutor").invoke(null),
					10_000);
			recording.stop();
			recording.dump(file);
		}
		assertPoolWithinItsBound();
		List<String> pinnedInJsonCore = new ArrayList<>();
		int started = 0;
		for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
			if (event.getEventType().getName().equals("jdk.VirtualThreadStart")) {
				started++;
			}
			if (event.getStackTrace() != null && event.getStackTrace().getFrames().stream()
				.anyMatch((frame) -> frame.getMethod().getType().getName().startsWith("io.jsoncore"))) {
				pinnedInJsonCore.add(event.toString());
			}
		}
		assertThat(started).isGreaterThanOrEqualTo(10_000);
		assertThat(pinnedInJsonCore).isEmpty();
	}
}
