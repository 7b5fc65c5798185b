package io.jsoncore.spring;

import java.util.ArrayList;
import java.util.List;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

/**
 * Takes the events of some loggers (and their children) into a list instead of the console, so that a test that
 * provokes an error can assert what was logged and the build output stays free of it. {@link #close()} gives the
 * loggers back. Boot configures logging when a context starts, so capture after the test's context is up.
 */
final class CapturedLogs implements AutoCloseable {

	private final List<Logger> loggers = new ArrayList<>();

	private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

	CapturedLogs(String... names) {
		this.appender.start();
		for (String name : names) {
			Logger logger = (Logger) LoggerFactory.getLogger(name);
			logger.addAppender(this.appender);
			logger.setAdditive(false);
			this.loggers.add(logger);
		}
	}

	/** Each event as {@code LEVEL message} (with its exception's class and message, if any). */
	synchronized List<String> events() {
		List<String> events = new ArrayList<>();
		for (ILoggingEvent event : new ArrayList<>(this.appender.list)) {
			String thrown = event.getThrowableProxy() != null
					? " " + event.getThrowableProxy().getClassName() + ": " + event.getThrowableProxy().getMessage() : "";
			events.add(event.getLevel() + " " + event.getFormattedMessage() + thrown);
		}
		return events;
	}

	/** The events at ERROR, as {@link #events()} gives them. */
	List<String> errors() {
		List<String> errors = new ArrayList<>();
		for (String event : events()) {
			if (event.startsWith("ERROR ")) {
				errors.add(event);
			}
		}
		return errors;
	}

	/** Waits up to {@code millis} for an event at ERROR, for a server that logs after it has answered. */
	List<String> awaitErrors(long millis) throws InterruptedException {
		long deadline = System.currentTimeMillis() + millis;
		while (errors().isEmpty() && System.currentTimeMillis() < deadline) {
			Thread.sleep(10);
		}
		return errors();
	}

	/**
	 * Waits up to {@code millis} for {@code count} events at ERROR, then takes the events at ERROR out of the list
	 * and gives them, so that a check made later of everything captured sees only what others logged.
	 */
	synchronized List<String> takeErrors(int count, long millis) throws InterruptedException {
		long deadline = System.currentTimeMillis() + millis;
		while (errors().size() < count && System.currentTimeMillis() < deadline) {
			wait(10);
		}
		List<String> taken = errors();
		this.appender.list.removeIf((event) -> event.getLevel() == ch.qos.logback.classic.Level.ERROR);
		return taken;
	}

	@Override
	public void close() {
		for (Logger logger : this.loggers) {
			logger.detachAppender(this.appender);
			logger.setAdditive(true);
		}
		this.appender.stop();
	}
}
