package io.jsoncore;

/**
 * The order in which {@code dumps} writes a record's or a bean's properties. Reading takes them in any order.
 *
 * <pre>{@code
 * JsonCodec codec = JsonCodec.builder().propertyOrder(PropertyOrder.ALPHABETICAL).build();
 * codec.dumps(account);   // {"balance":10,"name":"ann","owner":"bob"} for a bean with getName(), getOwner(), getBalance()
 * }</pre>
 */
public enum PropertyOrder {

	/**
	 * As declared: a record's components in order; a bean's fields in declaration order, superclass first, then
	 * getter-only properties by name. The default, as orjson writes dataclasses.
	 */
	DECLARATION,

	/**
	 * As Jackson 3 orders them by default: the names of a class's {@code @JsonPropertyOrder} first, then the
	 * properties its creator reads (a record's components, an immutable class's constructor parameters) in their
	 * declared order, then the rest sorted by JSON name (after the naming strategy, by {@code String} order). A
	 * record therefore keeps its order under both.
	 */
	ALPHABETICAL
}
