package io.jsoncore.sample.load;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LatencyRecorderTest {

	@Test
	void percentilesByNearestRank() {
		LatencyRecorder recorder = new LatencyRecorder();
		// 100 down to 1 ms, out of order on purpose
		for (int ms = 100; ms >= 1; ms--) {
			recorder.record(Duration.ofMillis(ms).toNanos());
		}
		LatencyRecorder.Latencies latencies = recorder.latencies();
		assertThat(latencies.p50()).isEqualTo(Duration.ofMillis(50));
		assertThat(latencies.p99()).isEqualTo(Duration.ofMillis(99));
		assertThat(latencies.max()).isEqualTo(Duration.ofMillis(100));
	}

	@Test
	void growsPastItsFirstArray() {
		LatencyRecorder recorder = new LatencyRecorder();
		for (int i = 1; i <= 200_000; i++) {
			recorder.record(i);
		}
		assertThat(recorder.latencies().max()).isEqualTo(Duration.ofNanos(200_000));
		assertThat(recorder.latencies().p50()).isEqualTo(Duration.ofNanos(100_000));
	}

	@Test
	void nothingRecordedIsZero() {
		assertThat(new LatencyRecorder().latencies().max()).isEqualTo(Duration.ZERO);
	}
}
