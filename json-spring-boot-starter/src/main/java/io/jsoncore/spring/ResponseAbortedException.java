package io.jsoncore.spring;

/**
 * A response body failed after part of it was sent: its status and headers are gone, so no error response can
 * follow. Deliberately not an {@code HttpMessageNotWritableException}: Spring would try to send a 500 on the
 * committed response and log a second failure. Left unhandled, it reaches the server, which logs it once and
 * closes the connection, so the client sees a broken response instead of a complete-looking wrong one.
 */
public class ResponseAbortedException extends RuntimeException {

	public ResponseAbortedException(String message, Throwable cause) {
		super(message, cause);
	}
}
