package io.jsoncore.internal.bind;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A value that does not fit the Java type it is read into. Thrown without a stack trace; each container on the
 * way out adds its path segment, so the path costs nothing unless there is an error. {@link Binding} turns it
 * into the public {@code JsonDecodeException}: {@code expected int but found a string at $.items[3].qty}.
 */
public final class BindException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String problem;

	private final int position;

	private final Deque<String> path = new ArrayDeque<>();

	public BindException(String expected, String found, int position) {
		this("expected " + expected + " but found " + found, position, null);
	}

	/** A problem in words of its own ({@code JsonAdapter for com.acme.Money failed: ...}), with its cause. */
	public BindException(String problem, int position, Throwable cause) {
		super(null, cause, false, false);
		this.problem = problem;
		this.position = position;
	}

	/** Adds the segment of an enclosing container: {@code .name} or {@code [3]}. */
	public BindException at(String segment) {
		this.path.addFirst(segment);
		return this;
	}

	/**
	 * The same problem reported at another position, of the input an unwrapped value came from, its first property
	 * named as it is named there: with the unwrapped property's prefix and suffix.
	 */
	BindException movedTo(int position, String prefix, String suffix) {
		BindException moved = new BindException(this.problem, position, getCause());
		moved.path.addAll(this.path);
		String first = moved.path.peekFirst();
		if (first != null && first.startsWith(".")) {
			moved.path.removeFirst();
			moved.path.addFirst("." + prefix + first.substring(1) + suffix);
		}
		return moved;
	}

	int position() {
		return this.position;
	}

	String reason() {
		return this.problem + " at $" + String.join("", this.path);
	}

	@Override
	public String getMessage() {
		return reason();
	}
}
