package io.jsoncore.testing;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Counts the tests {@link SharedData#require} skipped and says so in one line at the end of the module's run, so
 * that a clone without {@code ../shared} knows why its run is smaller. Registered through
 * {@code META-INF/services}, in every module whose tests have json-core's test classes.
 */
public final class SharedDataSkips implements TestExecutionListener {

	private final AtomicInteger skipped = new AtomicInteger();

	@Override
	public void executionFinished(TestIdentifier test, TestExecutionResult result) {
		if (result.getStatus() == TestExecutionResult.Status.ABORTED && result.getThrowable()
			.map(Throwable::getMessage)
			.filter(message -> message.contains(SharedData.ABSENT))
			.isPresent()) {
			this.skipped.incrementAndGet();
		}
	}

	@Override
	public void testPlanExecutionFinished(TestPlan plan) {
		int count = this.skipped.get();
		if (count > 0) {
			String module = Path.of("").toAbsolutePath().getFileName().toString();
			System.out.println("[" + module + "] " + count + (count == 1 ? " test" : " tests") + " skipped: "
					+ SharedData.ABSENT + " (the conformance suites and corpora), see the README's \"Test data\"");
		}
	}
}
