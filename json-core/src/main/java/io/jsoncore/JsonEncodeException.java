package io.jsoncore;

/**
 * Thrown when a value cannot be written as JSON. The message is orjson's, word for word, with Java class
 * names: {@code Type is not JSON serializable: com.acme.Foo}, {@code Recursion limit reached},
 * {@code Integer exceeds 53-bit range}, {@code Dict key must be str}. When the fallback function threw, that
 * exception is the {@linkplain #getCause() cause}. No partial output is ever returned.
 */
public class JsonEncodeException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public JsonEncodeException(String message) {
		super(message);
	}

	public JsonEncodeException(String message, Throwable cause) {
		super(message, cause);
	}
}
