package io.jsoncore.internal.bind;

import java.lang.reflect.Type;

/** Where a {@link Binding} keeps the decoders it built. */
interface DecoderCache {

	/** The decoder of {@code type}, or {@code null}. */
	TypeDecoder get(Type type);

	/** Keeps {@code decoder} for {@code type} unless one is kept already. */
	void putIfAbsent(Type type, TypeDecoder decoder);

}
