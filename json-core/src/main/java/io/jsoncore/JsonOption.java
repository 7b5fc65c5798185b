package io.jsoncore;

/**
 * Flags that change how {@link Json#dumps(Object, JsonOption...)} writes a value. They follow orjson's
 * {@code OPT_*} flags of the same names; every flag combines freely with every other, and none affects
 * {@link Json#loads(byte[])}.
 *
 * <p>orjson's {@code OPT_SERIALIZE_NUMPY}, {@code OPT_PASSTHROUGH_SUBCLASS} and the no-op
 * {@code OPT_SERIALIZE_DATACLASS} / {@code OPT_SERIALIZE_UUID} have no counterpart: Java arrays are always
 * written, and Java has no subclasses of {@code String} or of the boxed numbers.
 */
public enum JsonOption {

	/**
	 * Append {@code \n} after the whole document, also after indented output.
	 * {@code dumps(List.of(), APPEND_NEWLINE)} gives {@code []\n}.
	 */
	APPEND_NEWLINE,

	/**
	 * Pretty-print with two spaces of indentation, the layout of Python's {@code json.dumps(indent=2)}:
	 * one entry a line, {@code ": "} between key and value, empty containers as {@code []} and {@code {}}.
	 * {@code dumps(Map.of("a", List.of(1, 2)), INDENT_2)} gives {@code {\n  "a": [\n    1,\n    2\n  ]\n}}.
	 */
	INDENT_2,

	/**
	 * Write a {@link java.time.LocalDateTime} (orjson's naive datetime) with a UTC offset:
	 * {@code 1970-01-01T00:00} gives {@code "1970-01-01T00:00:00+00:00"}. No effect on other types.
	 */
	NAIVE_UTC,

	/**
	 * Allow map keys other than {@code String}: numbers, booleans, {@code null}, enums, {@code UUID}, java.time
	 * values and the other types written as strings. Each key becomes a JSON string:
	 * {@code Map.of(1, true)} gives {@code {"1":true}}. Without it a non-{@code String} key fails with
	 * {@code Dict key must be str}.
	 */
	NON_STR_KEYS,

	/**
	 * Leave out the fraction of a second of datetimes and times:
	 * {@code 1970-01-01T00:00:00.000001} gives {@code "1970-01-01T00:00:00"}.
	 */
	OMIT_MICROSECONDS,

	/**
	 * Send java.time values, {@code java.util.Date} and the {@code java.sql} date types to the fallback
	 * function instead of writing them; without a fallback they fail with
	 * {@code Type is not JSON serializable: java.time.LocalDateTime}. Map keys are not affected.
	 */
	PASSTHROUGH_DATETIME,

	/**
	 * Send records and JavaBeans (orjson's dataclasses) to the fallback function instead of writing their
	 * properties; without a fallback they fail with {@code Type is not JSON serializable: com.acme.Foo}.
	 */
	PASSTHROUGH_RECORD,

	/**
	 * Sort map keys by Unicode code point (the same as UTF-8 byte order, not {@code String.compareTo}):
	 * {@code {"b":1,"a":2}} gives {@code {"a":2,"b":1}}. Record and bean properties keep their order.
	 */
	SORT_KEYS,

	/**
	 * Fail on integers outside JavaScript's safe range, [-(2^53-1), 2^53-1], with
	 * {@code Integer exceeds 53-bit range}. Map keys and {@code BigDecimal} are not checked.
	 */
	STRICT_INTEGER,

	/**
	 * Write a zero UTC offset as {@code Z} instead of {@code +00:00}, for any zone whose offset is zero at
	 * that instant: {@code Instant.EPOCH} gives {@code "1970-01-01T00:00:00Z"}.
	 */
	UTC_Z

}
