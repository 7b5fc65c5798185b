package io.jsoncore.sample.load;

import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * The soak client: for a duration, {@code concurrency} workers send the {@link SoakMix} in turn (valid, malformed,
 * invalid UTF-8, mistyped, deeply nested and oversized bodies) and count every answer against the one status it
 * must get. A 5xx, another unexpected status or a connection error fails the run; so does an echo that does not
 * give back the bytes it was sent.
 * <p>
 * Arguments: {@code --url http://127.0.0.1:8001 --duration 60s --concurrency 8 --max-request-bytes 262144}.
 */
public final class SoakClient {

	private final Map<SoakMix, LongAdder> sent = new EnumMap<>(SoakMix.class);

	private final Map<SoakMix, LongAdder> unexpected = new EnumMap<>(SoakMix.class);

	private final LongAdder serverErrors = new LongAdder();

	private final AtomicReference<String> firstFailure = new AtomicReference<>();

	private SoakClient() {
		for (SoakMix kind : SoakMix.values()) {
			this.sent.put(kind, new LongAdder());
			this.unexpected.put(kind, new LongAdder());
		}
	}

	public static void main(String[] args) {
		String url = "http://127.0.0.1:8001";
		Duration duration = Duration.ofSeconds(60);
		int concurrency = 8;
		int maxRequestBytes = 256 * 1024;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--url" -> url = args[++i];
				case "--duration" -> duration = Duration.ofSeconds(Long.parseLong(args[++i].replace("s", "")));
				case "--concurrency" -> concurrency = Integer.parseInt(args[++i]);
				case "--max-request-bytes" -> maxRequestBytes = Integer.parseInt(args[++i]);
				default -> {
					System.err.println("unknown argument: " + args[i]);
					System.exit(2);
				}
			}
		}
		boolean passed = run(URI.create(url), duration, concurrency, maxRequestBytes, System.out);
		System.exit(passed ? 0 : 1);
	}

	/** Runs the soak and prints a line per kind of request; returns whether every answer was the expected one. */
	public static boolean run(URI base, Duration duration, int concurrency, int maxRequestBytes, PrintStream out) {
		return new SoakClient().soak(base, duration, concurrency, maxRequestBytes, out);
	}

	private boolean soak(URI base, Duration duration, int concurrency, int maxRequestBytes, PrintStream out) {
		Map<SoakMix, byte[]> bodies = new EnumMap<>(SoakMix.class);
		for (SoakMix kind : SoakMix.values()) {
			byte[] body = kind.body(maxRequestBytes);
			bodies.put(kind, body != null ? body : new byte[0]);
		}
		ConnectionProvider pool = ConnectionProvider.builder("soak").maxConnections(concurrency).build();
		HttpClient client = HttpClient.create(pool)
			.baseUrl(base.toString())
			.responseTimeout(Duration.ofSeconds(30))
			.headers((headers) -> headers.set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_JSON));
		long deadline = System.nanoTime() + duration.toNanos();
		SoakMix[] kinds = SoakMix.values();
		try {
			Flux.range(0, concurrency)
				.flatMap((worker) -> Flux.range(0, Integer.MAX_VALUE)
					.takeWhile((n) -> System.nanoTime() < deadline)
					.concatMap((n) -> send(client, kinds[(worker + n) % kinds.length], bodies)), concurrency)
				.then()
				.block(duration.plusSeconds(60));
		}
		finally {
			pool.disposeLater().block(Duration.ofSeconds(10));
		}
		long total = 0;
		long failures = 0;
		for (SoakMix kind : kinds) {
			long count = this.sent.get(kind).sum();
			long wrong = this.unexpected.get(kind).sum();
			total += count;
			failures += wrong;
			out.printf(Locale.ROOT, "%-50s %,7d sent, expected %d, %,d unexpected%n", kind.description, count,
					kind.expectedStatus, wrong);
		}
		out.printf(Locale.ROOT, "%,d requests made, %,d unexpected answers, %,d of them 5xx%n", total, failures,
				this.serverErrors.sum());
		if (this.firstFailure.get() != null) {
			out.println("first unexpected answer: " + this.firstFailure.get());
		}
		return failures == 0 && total > 0;
	}

	private Mono<Void> send(HttpClient client, SoakMix kind, Map<SoakMix, byte[]> bodies) {
		byte[] body = bodies.get(kind);
		HttpClient.ResponseReceiver<?> request = (kind == SoakMix.REFERENCE) ? client.get().uri("/")
				: client.post().uri("/echo").send(Mono.fromSupplier(() -> Unpooled.wrappedBuffer(body)));
		return request
			.responseSingle((response, content) -> content.asByteArray()
				.defaultIfEmpty(new byte[0])
				.doOnNext((answer) -> answered(kind, response.status().code(), answer, body)))
			.onErrorResume((ex) -> {
				// An oversized body may be refused before it is sent whole: the server closing then is its answer.
				this.sent.get(kind).increment();
				this.unexpected.get(kind).increment();
				this.firstFailure.compareAndSet(null, kind.description + ": " + ex);
				return Mono.empty();
			})
			.then();
	}

	private void answered(SoakMix kind, int status, byte[] answer, byte[] body) {
		this.sent.get(kind).increment();
		if (status >= 500) {
			this.serverErrors.increment();
		}
		boolean expected = status == kind.expectedStatus
				&& (kind != SoakMix.ECHO || Arrays.equals(answer, body))
				&& (kind != SoakMix.REFERENCE || ReferenceShape.matches(answer));
		if (!expected) {
			this.unexpected.get(kind).increment();
			this.firstFailure.compareAndSet(null, kind.description + ": status " + status + ", "
					+ new String(answer, 0, Math.min(200, answer.length), java.nio.charset.StandardCharsets.UTF_8));
		}
	}
}
