package io.jsoncore.spring;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.jsoncore.JsonCodec;
import io.jsoncore.JsonOption;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 50 MB response from a server JVM with a 48 MB heap, on Spring MVC and on WebFlux: it arrives whole, byte for
 * byte, because the converter (the writer, on WebFlux) streams it in buffer-sized chunks. The same server told to buffer whole responses cannot send it, which shows
 * the heap really is too small to hold it.
 */
class LargeResponseTests {

	private static final String HEAP = "-Xmx48m";

	@Test
	void fiftyMegabytesStreamFromASmallHeap() throws Exception {
		try (Server server = Server.start()) {
			assertStreamedWhole(server);
		}
	}

	@Test
	void fiftyMegabytesStreamFromASmallHeapOnWebFlux() throws Exception {
		try (Server server = Server.start("--spring.main.web-application-type=reactive")) {
			assertThat(server.output()).contains("Netty started");
			assertStreamedWhole(server);
		}
	}

	private static void assertStreamedWhole(Server server) throws Exception {
		HttpResponse<InputStream> response = server.get("/large");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Transfer-Encoding")).hasValue("chunked");
		Digest received = Digest.of(response.body());
		Digest expected = expected();
		assertThat(expected.length).isGreaterThan(50_000_000L);
		assertThat(received.length).isEqualTo(expected.length);
		assertThat(received.sha256).isEqualTo(expected.sha256);
		assertThat(server.isAlive()).isTrue();
	}

	@Test
	void bufferingItWholeDoesNotFitThatHeap() throws Exception {
		try (Server server = Server.start("--spring.json.buffer-size=100MB")) {
			boolean complete;
			try {
				HttpResponse<InputStream> response = server.get("/large");
				complete = response.statusCode() == 200 && Digest.of(response.body()).length == expected().length;
			}
			catch (IOException ex) {
				complete = false;
			}
			assertThat(complete).as("a 50 MB body buffered whole in a 48 MB heap").isFalse();
			assertThat(server.output()).contains("java.lang.OutOfMemoryError");
		}
	}

	// The same rows, encoded here with the server's default options, without holding them either.
	private static Digest expected() throws Exception {
		MessageDigest sha = MessageDigest.getInstance("SHA-256");
		CountingStream counter = new CountingStream();
		JsonCodec codec = JsonCodec.builder().options(JsonOption.NON_STR_KEYS).build();
		codec.dumps(LargeResponseApplication.rows(), new DigestOutputStream(counter, sha), 64 * 1024);
		return new Digest(counter.count, HexFormat.of().formatHex(sha.digest()));
	}

	record Digest(long length, String sha256) {

		static Digest of(InputStream body) throws Exception {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			long length = 0;
			try (InputStream in = body) {
				byte[] chunk = new byte[64 * 1024];
				for (int n; (n = in.read(chunk)) != -1;) {
					sha.update(chunk, 0, n);
					length += n;
				}
			}
			return new Digest(length, HexFormat.of().formatHex(sha.digest()));
		}
	}

	static final class CountingStream extends java.io.OutputStream {

		long count;

		@Override
		public void write(int b) {
			this.count++;
		}

		@Override
		public void write(byte[] b, int off, int len) {
			this.count += len;
		}
	}

	/** The application in its own JVM, on a free port it reports on its standard output. */
	static final class Server implements AutoCloseable {

		private final Process process;

		private final int port;

		private final HttpClient client = HttpClient.newHttpClient();

		private Server(Process process, int port) {
			this.process = process;
			this.port = port;
		}

		static Server start(String... args) throws Exception {
			List<String> command = new ArrayList<>(List.of(
					Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP, "-XX:+UseSerialGC",
					"-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
					LargeResponseApplication.class.getName(), "--server.port=0", "--spring.main.banner-mode=off"));
			command.addAll(List.of(args));
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
			StringBuilder log = new StringBuilder();
			for (String line; (line = out.readLine()) != null;) {
				log.append(line).append('\n');
				if (line.startsWith("LISTENING ON ")) {
					Server server = new Server(process, Integer.parseInt(line.substring("LISTENING ON ".length())));
					server.output.append(log);
					Thread drain = new Thread(() -> server.drain(out));
					drain.setDaemon(true);
					drain.start();
					return server;
				}
			}
			process.destroyForcibly();
			throw new IllegalStateException("the server did not start:\n" + log);
		}

		private final StringBuffer output = new StringBuffer();

		private void drain(BufferedReader out) {
			try {
				for (String line; (line = out.readLine()) != null;) {
					this.output.append(line).append('\n');
				}
			}
			catch (IOException ex) {
				// closed with the process
			}
		}

		String output() {
			return this.output.toString();
		}

		HttpResponse<InputStream> get(String path) throws IOException, InterruptedException {
			return this.client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
					HttpResponse.BodyHandlers.ofInputStream());
		}

		boolean isAlive() {
			return this.process.isAlive();
		}

		// No InterruptedException from close(): javac warns of a resource whose close() can throw it.
		@Override
		public void close() {
			this.process.destroy();
			try {
				if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
					this.process.destroyForcibly();
				}
			}
			catch (InterruptedException ex) {
				this.process.destroyForcibly();
				Thread.currentThread().interrupt();
			}
		}
	}
}
