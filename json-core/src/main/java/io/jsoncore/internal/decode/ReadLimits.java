package io.jsoncore.internal.decode;

/**
 * What one {@code loads} call accepts: each limit is a {@code JsonCodec} setting, and exceeding one is an error
 * that names the setting.
 */
public record ReadLimits(int maxDepth, int maxNumberLength, int maxStringLength, int maxObjectProperties,
		int maxDocumentSize) {
}
