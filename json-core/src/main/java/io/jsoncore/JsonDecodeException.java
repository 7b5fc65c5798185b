package io.jsoncore;

/**
 * Thrown when input is not valid JSON, or exceeds a limit. The message is orjson's followed by where the
 * problem is: {@code trailing comma is not allowed: line 1 column 5 (char 4)}.
 *
 * <p>{@link #position()} counts characters (Unicode code points, as orjson's {@code pos}) from the start of
 * the input; {@link #line()} and {@link #column()} are 1-based and also count code points.
 */
public class JsonDecodeException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String reason;

	private final int position;

	private final int line;

	private final int column;

	public JsonDecodeException(String reason, int position, int line, int column) {
		super(reason + ": line " + line + " column " + column + " (char " + position + ")");
		this.reason = reason;
		this.position = position;
		this.line = line;
		this.column = column;
	}

	/** What is wrong, without the position suffix: orjson's {@code msg}. */
	public String reason() {
		return this.reason;
	}

	/** Characters (code points) before the error: orjson's {@code pos}. */
	public int position() {
		return this.position;
	}

	/** The 1-based line of the error. */
	public int line() {
		return this.line;
	}

	/** The 1-based column of the error, in characters. */
	public int column() {
		return this.column;
	}
}
