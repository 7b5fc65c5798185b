package io.jsoncore.sample.load;

import java.io.Console;
import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * A line redrawn in place twice a second while a run lasts: requests so far and the rate over the last half
 * second. Only for a terminal: in a log or a pipe the carriage returns would be noise.
 */
final class ProgressLine {

	private static final long PERIOD_MILLIS = 500;

	private static final String BLANK = "\r" + " ".repeat(60) + "\r";

	private final PrintStream out;

	private final LongSupplier requests;

	// null when the line is off
	private final ScheduledExecutorService timer;

	private long lastCount;

	private long lastNanos = System.nanoTime();

	private ProgressLine(boolean enabled, PrintStream out, LongSupplier requests) {
		this.out = out;
		this.requests = requests;
		if (!enabled) {
			this.timer = null;
			return;
		}
		this.timer = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "load-progress");
			thread.setDaemon(true);
			return thread;
		});
		this.timer.scheduleAtFixedRate(this::draw, PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
	}

	/** Starts redrawing when {@code enabled}; otherwise a line that never draws. */
	static ProgressLine start(boolean enabled, PrintStream out, LongSupplier requests) {
		return new ProgressLine(enabled, out, requests);
	}

	private void draw() {
		long count = this.requests.getAsLong();
		long now = System.nanoTime();
		double rate = (count - this.lastCount) / ((now - this.lastNanos) / 1e9);
		this.lastCount = count;
		this.lastNanos = now;
		this.out.printf(Locale.ROOT, "\r%,d requests, %,.0f requests/s   ", count, rate);
		this.out.flush();
	}

	/** Stops and erases the line, so that the report starts on a clean one. */
	void close() {
		if (this.timer == null) {
			return;
		}
		this.timer.shutdownNow();
		try {
			this.timer.awaitTermination(1, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.out.print(BLANK);
		this.out.flush();
	}

	/**
	 * Whether standard output is a terminal. From JDK 22, {@code System.console()} is there even when output is
	 * redirected and {@code Console.isTerminal()} tells; it is called reflectively since this compiles for 17.
	 */
	static boolean isTerminal() {
		Console console = System.console();
		if (console == null) {
			return false;
		}
		try {
			return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
		}
		catch (NoSuchMethodException ex) {
			return true;
		}
		catch (ReflectiveOperationException ex) {
			return false;
		}
	}
}
