package io.jsoncore.benchmarks;

import java.util.Arrays;

import io.jsoncore.Json;
import io.jsoncore.JsonOption;

/**
 * The setup checks: a comparison means nothing unless every library reads and writes the same document. Values are
 * compared as jsoncore writes them, so an {@code Integer} from one library equals a {@code Long} from another, and a
 * record with an {@code int[]} component (whose {@code equals} compares identity) compares by content. Keys are
 * sorted: fastjson2 binds a {@code Map} component to a {@code HashMap}, which keeps the same entries in another order.
 */
final class Same {

	private Same() {
	}

	/** Throws unless {@code actual} writes the same bytes as {@code expected}, both written by jsoncore. */
	static void value(String what, Object expected, Object actual) {
		if (!Arrays.equals(Json.dumps(expected, JsonOption.SORT_KEYS), Json.dumps(actual, JsonOption.SORT_KEYS))) {
			throw new IllegalStateException(what + " differs from jsoncore's");
		}
	}

	/** Throws unless the document {@code written} reads back, with jsoncore, as {@code expected} does. */
	static void written(String what, Object expected, byte[] written) {
		if (!Json.loads(Json.dumps(expected)).equals(Json.loads(written))) {
			throw new IllegalStateException(what + " wrote a different document from jsoncore's");
		}
	}
}
