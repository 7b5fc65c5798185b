package io.jsoncore;

/**
 * Which record and bean properties {@code dumps} writes, as Jackson's global inclusion. Maps are always written
 * whole. A property's own Jackson {@code @JsonInclude} wins over the codec's setting.
 */
public enum Inclusion {

	/** Every property, {@code null} included, as orjson writes dataclasses. The default. */
	ALWAYS,

	/** Properties whose value is not {@code null}. */
	NON_NULL,

	/**
	 * Properties that are neither {@code null} nor empty: an empty {@code String}, {@code Collection},
	 * {@code Map}, array or {@code Optional} is left out too.
	 */
	NON_EMPTY

}
