package io.jsoncore.internal.encode;

/**
 * Writes one family of Java types. {@link Dispatch} picks one per class, once; {@code depth} is the number of
 * enclosing counted containers, for orjson's recursion limit and for indentation.
 */
@FunctionalInterface
public interface ValueEncoder {

	void encode(Encoder out, Object value, int depth);

}
