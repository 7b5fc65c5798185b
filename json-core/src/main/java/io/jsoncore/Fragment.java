package io.jsoncore;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

import io.jsoncore.internal.FragmentAccess;

/**
 * Already-serialized JSON that {@code dumps} writes verbatim: no validation, no escaping, and indentation
 * does not touch it. Use it for cached or pre-rendered parts of a document.
 *
 * <pre>{@code
 * Json.dumps(Map.of("cached", new Fragment("{\"a\":1}")))   // {"cached":{"a":1}}
 * }</pre>
 *
 * <p>An empty fragment writes nothing. A fragment made from a {@code String} is encoded as UTF-8 when it is
 * written; one holding a lone surrogate fails then with {@code str is not valid UTF-8: surrogates not allowed}.
 * Equality is identity, as in orjson. Instances are immutable and thread-safe.
 */
public final class Fragment {

	private final byte[] bytes;

	private final String text;

	/** A fragment of UTF-8 bytes; the array is copied, so later changes to it are not seen. */
	public Fragment(byte[] json) {
		this.bytes = Arrays.copyOf(Objects.requireNonNull(json, "json"), json.length);
		this.text = null;
	}

	/** A fragment of text, written as its UTF-8 encoding. */
	public Fragment(String json) {
		this.bytes = null;
		this.text = Objects.requireNonNull(json, "json");
	}

	static {
		// Lets the encoder read the content without a public accessor or a copy per write.
		FragmentAccess.install(new FragmentAccess.Reader() {
			@Override
			public byte[] bytes(Fragment fragment) {
				return fragment.bytes;
			}

			@Override
			public String text(Fragment fragment) {
				return fragment.text;
			}
		});
	}

	@Override
	public String toString() {
		return "Fragment[" + (this.text != null ? this.text : new String(this.bytes, StandardCharsets.UTF_8)) + "]";
	}
}
