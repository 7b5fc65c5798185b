package io.jsoncore.internal.bind;

import java.util.function.Function;

/**
 * Values read from one JSON string by a parser of their own: the helper the text-valued type families (and
 * {@code byte[]} from Base64) build their decoders with. Text the parser rejects is a binding error that quotes it.
 */
public final class TextDecoders {

	private TextDecoders() {
	}

	/** The decoder of {@code type} from a JSON string, through {@code parse}. */
	public static TypeDecoder text(Class<?> type, Function<String, Object> parse) {
		String expected = Values.describe(type);
		return (in) -> {
			if (in.current() != '"') {
				throw Values.mismatch(expected, in);
			}
			int start = in.position();
			String text = in.readString();
			try {
				return parse.apply(text);
			}
			catch (RuntimeException ex) {
				throw new BindException(expected, Values.quote(text), start);
			}
		};
	}
}
