package io.jsoncore.internal.bind;

import java.lang.reflect.Type;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The decoders of one codec with adapters, held by the codec: they depend on its adapters, and they go with it,
 * so a codec dropped with its application (a DevTools restart, a redeploy) takes them along.
 */
final class CodecDecoders implements DecoderCache {

	private final Map<Type, TypeDecoder> decoders = new ConcurrentHashMap<>();

	@Override
	public TypeDecoder get(Type type) {
		return this.decoders.get(type);
	}

	@Override
	public void putIfAbsent(Type type, TypeDecoder decoder) {
		this.decoders.putIfAbsent(type, decoder);
	}
}
