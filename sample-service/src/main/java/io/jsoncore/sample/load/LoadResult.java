package io.jsoncore.sample.load;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/**
 * What a {@link LoadClient} run measured.
 *
 * @param requests requests that completed, whatever their outcome
 * @param elapsed from the first request sent to the last one completed
 * @param non200 responses with a status other than 200
 * @param errors requests that got no response (connection refused or reset, timeout)
 * @param unexpectedBodies 200 responses whose body is not the reference shape (0 when not checked)
 * @param p50 median latency of the responses
 * @param p99 99th percentile latency of the responses
 * @param max slowest response
 * @param firstFailure what went wrong first, for the report, or {@code null}
 */
public record LoadResult(long requests, Duration elapsed, long non200, long errors, long unexpectedBodies,
		Duration p50, Duration p99, Duration max, String firstFailure) {

	/** Whether requests were made and every one answered 200 with the expected body. */
	public boolean ok() {
		return this.requests > 0 && this.non200 == 0 && this.errors == 0 && this.unexpectedBodies == 0;
	}

	public double requestsPerSecond() {
		return this.elapsed.isZero() ? 0 : this.requests / (this.elapsed.toNanos() / 1e9);
	}

	/**
	 * The report: {@code N requests made} first, as orjson's client prints it, then the measurements; counts with a
	 * thousands separator and times with two decimals, as every summary of {@code sample-service/run} writes them.
	 */
	public void print(PrintStream out) {
		out.printf(Locale.ROOT, "%,d requests made%n", this.requests);
		out.printf(Locale.ROOT, "%,.0f requests/s over %.2f s%n", requestsPerSecond(), this.elapsed.toNanos() / 1e9);
		out.printf(Locale.ROOT, "latency p50 %.2f ms, p99 %.2f ms, max %.2f ms%n", millis(this.p50),
				millis(this.p99), millis(this.max));
		out.printf(Locale.ROOT, "%,d non-200 responses, %,d errors, %,d unexpected bodies%n", this.non200, this.errors,
				this.unexpectedBodies);
		if (this.firstFailure != null) {
			out.println("first failure: " + this.firstFailure);
		}
	}

	private static double millis(Duration duration) {
		return duration.toNanos() / 1e6;
	}
}
