package io.jsoncore.internal.types;

import java.lang.reflect.Type;
import java.util.List;
import java.util.function.Function;

import io.jsoncore.internal.bind.TypeDecoder;
import io.jsoncore.internal.encode.Encoder;
import io.jsoncore.internal.encode.ValueEncoder;

/**
 * The type families, in the order they are tried, and the one lookup of each kind over them: what the encoders'
 * dispatch, the decoders' construction and the map-key conversions both ways ask, after a codec's adapters.
 *
 * <p>The order is docs/types.md's: a class's own annotations come after the JDK families (which never carry them)
 * and before records and beans; beans come last, and for reading take any class left or say why they cannot.
 * {@code Fragment}, {@code Object} and the fallback are not families: {@code Dispatch} and {@code Binding} handle
 * them around this lookup, as they handle a codec's adapters before it.
 */
public final class TypeFamilies {

	// Disjoint but for odd classes (a CharSequence that is also a Map): the first to answer wins, as listed.
	private static final List<TypeFamily> FAMILIES = List.of(new StringFamily(), new BooleanFamily(), new NumberFamily(),
			new EnumFamily(), new MapFamily(), new CollectionFamily(), new ArrayFamily(), new OptionalFamily(),
			new UuidFamily(), new TimeFamily(), new TextValueFamily(), new PolymorphicFamily(), new AnnotatedFamily(), new RecordFamily(),
			new ImmutableFamily(), new BeanFamily());

	private TypeFamilies() {
	}

	/** How a value of runtime class {@code type} is written, or {@code null} where no family has it. */
	public static ValueEncoder encoder(Class<?> type) {
		for (TypeFamily family : FAMILIES) {
			ValueEncoder encoder = family.encoder(type);
			if (encoder != null) {
				return encoder;
			}
		}
		return null;
	}

	/** How a value declared as {@code type} is read, or {@code null} where no family has it. */
	public static TypeDecoder decoder(Type type, Class<?> raw, Decoders decoders) {
		for (TypeFamily family : FAMILIES) {
			TypeDecoder decoder = family.decoder(type, raw, decoders);
			if (decoder != null) {
				return decoder;
			}
		}
		return null;
	}

	/**
	 * How a member of a polymorphic hierarchy declared as {@code type} is read as itself, once its discriminator has
	 * picked it: the families after the polymorphic one.
	 */
	static TypeDecoder memberDecoder(Type type, Class<?> raw, Decoders decoders) {
		boolean after = false;
		for (TypeFamily family : FAMILIES) {
			if (after) {
				TypeDecoder decoder = family.decoder(type, raw, decoders);
				if (decoder != null) {
					return decoder;
				}
			}
			after |= family instanceof PolymorphicFamily;
		}
		return null;
	}

	/** A map key's text under {@code NON_STR_KEYS}, or {@code null} where no family has its class. */
	public static String keyText(Encoder out, Object key) {
		for (TypeFamily family : FAMILIES) {
			String text = family.keyText(out, key);
			if (text != null) {
				return text;
			}
		}
		return null;
	}

	/** How a map key declared as {@code type} is read, or {@code null} where no family has it. */
	public static Function<String, Object> keyParser(Class<?> type) {
		for (TypeFamily family : FAMILIES) {
			Function<String, Object> parser = family.keyParser(type);
			if (parser != null) {
				return parser;
			}
		}
		return null;
	}
}
