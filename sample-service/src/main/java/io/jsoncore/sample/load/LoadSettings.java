package io.jsoncore.sample.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * What {@link LoadClient} does: where, for how long, how many requests at once on how many connections, whether
 * each body must have the reference shape, and an optional body to POST instead of a GET.
 *
 * @param url the URL requested
 * @param duration how long new requests are started; requests in flight at the end are waited for
 * @param concurrency requests in flight at once
 * @param connections the most connections the pool opens
 * @param checkShape whether every body must match {@link ReferenceShape}
 * @param postBody a JSON body to POST, or {@code null} to GET
 * @param progress whether to redraw a progress line while running (for a terminal)
 */
public record LoadSettings(URI url, Duration duration, int concurrency, int connections, boolean checkShape,
		byte[] postBody, boolean progress) {

	public static final String USAGE = """
			usage: LoadClient [--url URL] [--duration 5s] [--concurrency 32] [--connections N] [--no-check]
			                  [--post FILE] [--progress | --no-progress] [--help]
			  --url          the URL requested (default http://127.0.0.1:8001/)
			  --duration     how long to send requests: 5s, 500ms, 1m (default 5s)
			  --concurrency  requests in flight at once (default 32)
			  --connections  most connections open at once (default: the concurrency)
			  --no-check     do not check each body against the reference shape (for other endpoints)
			  --post FILE    POST this file as application/json instead of a GET (with --no-check for /echo)
			  --progress     redraw a progress line (default: when the output is a terminal)""";

	public LoadSettings {
		if (concurrency < 1 || connections < 1) {
			throw new IllegalArgumentException("concurrency and connections must be at least 1");
		}
		if (duration.isNegative() || duration.isZero()) {
			throw new IllegalArgumentException("duration must be positive, was " + duration);
		}
	}

	/** The reference run: {@code GET http://127.0.0.1:8001/} for 5 seconds, 32 at once, each body checked. */
	public static LoadSettings defaults() {
		return new LoadSettings(URI.create("http://127.0.0.1:8001/"), Duration.ofSeconds(5), 32, 32, true, null,
				false);
	}

	/**
	 * Reads command-line arguments over {@link #defaults()}.
	 *
	 * @throws IllegalArgumentException on an unknown argument or a bad value, with a message for the user
	 */
	public static LoadSettings parse(String[] args, boolean terminal) {
		LoadSettings defaults = defaults();
		URI url = defaults.url();
		Duration duration = defaults.duration();
		int concurrency = defaults.concurrency();
		Integer connections = null;
		boolean checkShape = true;
		byte[] postBody = null;
		boolean progress = terminal;
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			switch (arg) {
				case "--url" -> url = URI.create(value(args, ++i, arg));
				case "--duration" -> duration = duration(value(args, ++i, arg));
				case "--concurrency" -> concurrency = count(value(args, ++i, arg), arg);
				case "--connections" -> connections = count(value(args, ++i, arg), arg);
				case "--no-check" -> checkShape = false;
				case "--post" -> postBody = read(Path.of(value(args, ++i, arg)));
				case "--progress" -> progress = true;
				case "--no-progress" -> progress = false;
				default -> throw new IllegalArgumentException("unknown argument: " + arg);
			}
		}
		return new LoadSettings(url, duration, concurrency, connections != null ? connections : concurrency,
				checkShape, postBody, progress);
	}

	private static String value(String[] args, int index, String name) {
		if (index >= args.length) {
			throw new IllegalArgumentException(name + " needs a value");
		}
		return args[index];
	}

	// 5s, 500ms, 1m, or a plain number of seconds
	static Duration duration(String text) {
		String lower = text.trim().toLowerCase(Locale.ROOT);
		try {
			if (lower.endsWith("ms")) {
				return Duration.ofMillis(Long.parseLong(lower.substring(0, lower.length() - 2)));
			}
			if (lower.endsWith("s")) {
				return Duration.ofMillis(Math.round(Double.parseDouble(lower.substring(0, lower.length() - 1)) * 1000));
			}
			if (lower.endsWith("m")) {
				return Duration.ofMinutes(Long.parseLong(lower.substring(0, lower.length() - 1)));
			}
			return Duration.ofMillis(Math.round(Double.parseDouble(lower) * 1000));
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("not a duration: " + text + " (5s, 500ms, 1m)");
		}
	}

	private static int count(String text, String name) {
		try {
			return Integer.parseInt(text);
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException(name + " needs a whole number, was " + text);
		}
	}

	private static byte[] read(Path file) {
		try {
			return Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + file, ex);
		}
	}
}
