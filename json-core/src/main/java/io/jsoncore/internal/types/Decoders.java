package io.jsoncore.internal.types;

import java.lang.reflect.Type;

import io.jsoncore.PropertyNaming;
import io.jsoncore.internal.bind.TypeDecoder;

/** What a family that holds other values (an optional, a list, a record) asks while its decoder is built. */
public interface Decoders {

	/** The decoder of a type inside this one, built (or being built) under the same settings. */
	TypeDecoder decoderFor(Type type);

	/** How property names become JSON names under these settings. */
	PropertyNaming naming();

	/** The active {@code @JsonView}, or {@code null}: properties outside it are not read. */
	Class<?> view();

	/** The discriminator property of sealed hierarchies under these settings ({@code "type"} by default). */
	String discriminator();

}
