package io.jsoncore.internal;

import io.jsoncore.JsonEncodeException;

/**
 * Every error message jsoncore writes, in one place so the wording stays orjson's and stays greppable.
 * Encode messages are orjson's verbatim with Java class names; decode messages are orjson's (yyjson's)
 * without the position suffix, which {@code JsonDecodeException} adds.
 */
public final class Errors {

	// dumps
	public static final String RECURSION_LIMIT = "Recursion limit reached";

	public static final String FALLBACK_RECURSION_LIMIT = "default serializer exceeds recursion limit";

	public static final String INTEGER_53_BIT = "Integer exceeds 53-bit range";

	public static final String INTEGER_64_BIT = "Integer exceeds 64-bit range";

	public static final String SURROGATES = "str is not valid UTF-8: surrogates not allowed";

	public static final String KEY_MUST_BE_STR = "Dict key must be str";

	public static final String KEY_TYPE = "Dict key must a type serializable with OPT_NON_STR_KEYS";

	public static final String KEY_INTEGER_RANGE = "Dict integer key must be within 64-bit range";

	public static final String TIME_WITH_TZINFO = "datetime.time must not have tzinfo set";

	private static final String NOT_SERIALIZABLE = "Type is not JSON serializable: ";

	// loads, checked before parsing
	public static final String EMPTY_DOCUMENT = "Input is a zero-length, empty document";

	// loads, from the parser
	public static final String INPUT_DATA_EMPTY = "input data is empty";

	public static final String UNEXPECTED_CHARACTER = "unexpected character";

	public static final String UNEXPECTED_END = "unexpected end of data";

	public static final String CONTENT_AFTER_DOCUMENT = "unexpected content after document";

	public static final String TRAILING_COMMA = "trailing comma is not allowed";

	public static final String INVALID_LITERAL = "invalid literal";

	public static final String NO_DIGIT_AFTER_MINUS = "no digit after minus sign";

	public static final String LEADING_ZERO = "number with leading zero is not allowed";

	public static final String NO_DIGIT_AFTER_DOT = "no digit after decimal point";

	public static final String NO_DIGIT_AFTER_EXPONENT = "no digit after exponent sign";

	public static final String NUMBER_INFINITY = "number is infinity when parsed as double";

	public static final String CONTROL_CHARACTER = "unexpected control character in string";

	public static final String INVALID_ESCAPE = "invalid escaped character in string";

	public static final String INVALID_ESCAPE_SEQUENCE = "invalid escaped sequence in string";

	public static final String INVALID_HIGH_SURROGATE = "invalid high surrogate in string";

	public static final String NO_LOW_SURROGATE = "no low surrogate in string";

	public static final String INVALID_LOW_SURROGATE = "invalid low surrogate in string";

	public static final String DEPTH_EXCEEDED = "array and object recursion depth exceeded";

	/** orjson's depth message, with the setting that raises the limit: orjson's own limit is fixed. */
	public static String depthExceeded(int limit) {
		return DEPTH_EXCEEDED + " (maxDepth " + limit + ")";
	}

	private Errors() {
	}

	public static JsonEncodeException encode(String message) {
		return new JsonEncodeException(message);
	}

	public static JsonEncodeException notSerializable(Class<?> type) {
		return new JsonEncodeException(NOT_SERIALIZABLE + type.getName());
	}

	public static JsonEncodeException notSerializable(Class<?> type, Throwable cause) {
		return new JsonEncodeException(NOT_SERIALIZABLE + type.getName(), cause);
	}

	/** orjson's words, then why, which starts with the class's name: {@code ...: com.acme.Blob is outside ...}. */
	public static JsonEncodeException notSerializable(String why, Throwable cause) {
		return new JsonEncodeException(NOT_SERIALIZABLE + why, cause);
	}

	/** An adapter's write threw: its exception is the cause. */
	public static JsonEncodeException adapterFailed(Class<?> type, Throwable cause) {
		return new JsonEncodeException("JsonAdapter for " + type.getName() + " failed: " + cause, cause);
	}

	/** A limit of jsoncore's own: the message names the setting that raises it. */
	public static String numberTooLong(int limit) {
		return "number is longer than " + limit + " characters (maxNumberLength)";
	}

	public static String stringTooLong(int limit) {
		return "string is longer than " + limit + " bytes (maxStringLength)";
	}

	public static String tooManyProperties(int limit) {
		return "object has more than " + limit + " properties (maxObjectProperties)";
	}

	public static String documentTooLarge(int limit) {
		return "document is larger than " + limit + " bytes (maxDocumentSize)";
	}
}
