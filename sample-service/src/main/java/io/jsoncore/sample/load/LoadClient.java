package io.jsoncore.sample.load;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.util.ResourceLeakDetector;
import io.netty.util.internal.logging.InternalLoggerFactory;
import io.netty.util.internal.logging.JdkLoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import reactor.netty.resources.LoopResources;
import reactor.util.Loggers;

/**
 * orjson's {@code integration/client} on Reactor Netty: as many requests as it can for a duration, several in
 * flight at once over a bounded connection pool, each response checked. Prints {@code N requests made}, the rate,
 * latency percentiles and the failures, and exits 1 if any request failed (orjson's client did not check).
 *
 * <pre>
 * java -cp sample-service.jar -Dloader.main=io.jsoncore.sample.load.LoadClient \
 *     org.springframework.boot.loader.launch.PropertiesLauncher --duration 5s --url http://127.0.0.1:8001/
 * </pre>
 */
public final class LoadClient {

	private static final byte[] EMPTY = new byte[0];

	private final LoadSettings settings;

	private final LongAdder requests = new LongAdder();

	private final LongAdder non200 = new LongAdder();

	private final LongAdder errors = new LongAdder();

	private final LongAdder unexpectedBodies = new LongAdder();

	private final LatencyRecorder latencies = new LatencyRecorder();

	private final AtomicReference<String> firstFailure = new AtomicReference<>();

	private LoadClient(LoadSettings settings) {
		this.settings = settings;
	}

	public static void main(String[] args) {
		// The Boot jar carries Logback, which unconfigured outside Spring Boot prints every DEBUG line of Netty.
		// JDK logging prints warnings and errors only, Netty's "LEAK:" reports among them.
		InternalLoggerFactory.setDefaultFactory(JdkLoggerFactory.INSTANCE);
		Loggers.useJdkLoggers();
		if (Arrays.asList(args).contains("--help")) {
			System.out.println(LoadSettings.USAGE);
			return;
		}
		LoadSettings settings;
		try {
			settings = LoadSettings.parse(args, ProgressLine.isTerminal());
		}
		catch (IllegalArgumentException | UncheckedIOException ex) {
			System.err.println(ex.getMessage());
			System.err.println(LoadSettings.USAGE);
			System.exit(2);
			return;
		}
		LoadResult result = run(settings, System.out);
		flushLeakReports();
		System.exit(result.ok() ? 0 : 1);
	}

	/**
	 * Runs the load, prints the report to {@code out} and returns it. Opens its own connections and event loop
	 * threads and closes them before returning.
	 */
	public static LoadResult run(LoadSettings settings, PrintStream out) {
		return new LoadClient(settings).run(out);
	}

	private LoadResult run(PrintStream out) {
		ConnectionProvider pool = ConnectionProvider.builder("load-client")
			.maxConnections(this.settings.connections())
			// every worker waits for a connection when there are fewer connections than workers
			.pendingAcquireMaxCount(-1)
			.build();
		LoopResources loops = LoopResources.create("load-client", LoopResources.DEFAULT_IO_WORKER_COUNT, true);
		HttpClient client = httpClient(pool, loops);
		LoadResult result;
		ProgressLine progress = null;
		try {
			warmUp(client, out);
			progress = ProgressLine.start(this.settings.progress(), out, this.requests::sum);
			long start = System.nanoTime();
			long deadline = start + this.settings.duration().toNanos();
			// concurrency workers, each starting its next request when the last one completes, until the deadline
			Flux.range(0, this.settings.concurrency())
				.flatMap((worker) -> request(client).repeat(() -> System.nanoTime() < deadline),
						this.settings.concurrency())
				.then()
				.block(this.settings.duration().plusSeconds(30));
			result = result(Duration.ofNanos(System.nanoTime() - start));
		}
		finally {
			if (progress != null) {
				progress.close();
			}
			pool.disposeLater().block(Duration.ofSeconds(10));
			// no quiet period (Netty's default is 2 s): nothing more is sent on these loops
			loops.disposeLater(Duration.ZERO, Duration.ofSeconds(10)).block(Duration.ofSeconds(10));
		}
		result.print(out);
		return result;
	}

	// The first request loads and links a few thousand classes of Netty and Reactor: about 2 s on a 2-core VM,
	// when no request completes. It goes before the clock starts and is not counted.
	private void warmUp(HttpClient client, PrintStream out) {
		LoadClient warmUp = new LoadClient(this.settings);
		warmUp.request(client).block(Duration.ofSeconds(30));
		if (warmUp.firstFailure.get() != null) {
			out.println("warm-up request failed: " + warmUp.firstFailure.get());
		}
	}

	private HttpClient httpClient(ConnectionProvider pool, LoopResources loops) {
		HttpClient client = HttpClient.create(pool).runOn(loops).responseTimeout(Duration.ofSeconds(10));
		if (this.settings.postBody() == null) {
			return client;
		}
		return client.headers((headers) -> headers.set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_JSON));
	}

	private Mono<Void> request(HttpClient client) {
		return Mono.defer(() -> {
			long sent = System.nanoTime();
			HttpClient.ResponseReceiver<?> request = this.settings.postBody() == null
					? client.get().uri(this.settings.url())
					: client.post()
						.uri(this.settings.url())
						.send(Mono.fromSupplier(() -> Unpooled.wrappedBuffer(this.settings.postBody())));
			return request
				.responseSingle((response, body) -> body.asByteArray()
					.defaultIfEmpty(EMPTY)
					.doOnNext((bytes) -> answered(response.status().code(), bytes, System.nanoTime() - sent)))
				.onErrorResume((ex) -> {
					failed(ex);
					return Mono.empty();
				})
				.then();
		});
	}

	private void answered(int status, byte[] body, long latencyNanos) {
		this.requests.increment();
		this.latencies.record(latencyNanos);
		if (status != 200) {
			this.non200.increment();
			this.firstFailure.compareAndSet(null, "status " + status + ": " + excerpt(body));
		}
		else if (this.settings.checkShape() && !ReferenceShape.matches(body)) {
			this.unexpectedBodies.increment();
			this.firstFailure.compareAndSet(null, "not the reference shape: " + excerpt(body));
		}
	}

	private void failed(Throwable ex) {
		this.requests.increment();
		this.errors.increment();
		this.firstFailure.compareAndSet(null, ex.toString());
	}

	private static String excerpt(byte[] body) {
		String text = new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8);
		return body.length > 200 ? text + "..." : text;
	}

	private LoadResult result(Duration elapsed) {
		LatencyRecorder.Latencies latencies = this.latencies.latencies();
		return new LoadResult(this.requests.sum(), elapsed, this.non200.sum(), this.errors.sum(),
				this.unexpectedBodies.sum(), latencies.p50(), latencies.p99(), latencies.max(),
				this.firstFailure.get());
	}

	// Netty reports a leaked buffer only after the GC has collected it, when the detector next tracks a buffer:
	// collect, then allocate a few, so that a leak of this run is reported before the process exits.
	private static void flushLeakReports() {
		if (ResourceLeakDetector.getLevel() == ResourceLeakDetector.Level.DISABLED) {
			return;
		}
		for (int i = 0; i < 3; i++) {
			System.gc();
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			ByteBufAllocator.DEFAULT.buffer(1).release();
		}
	}
}
