package io.jsoncore.internal.bind;

import io.jsoncore.internal.decode.JsonParser;

/**
 * Reads one Java type from the parser, which is at the value's first byte; built once per type by
 * {@link Binding}. A value of the wrong kind is a {@link BindException}.
 */
@FunctionalInterface
public interface TypeDecoder {

	Object read(JsonParser in);

}
