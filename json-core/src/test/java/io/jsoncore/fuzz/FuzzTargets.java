package io.jsoncore.fuzz;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.jsoncore.Json;
import io.jsoncore.JsonCodec;
import io.jsoncore.JsonDecodeException;
import io.jsoncore.JsonEncodeException;
import io.jsoncore.JsonOption;
import io.jsoncore.TypeRef;

import static io.jsoncore.testing.TreeDifference.firstDifference;

/**
 * The fuzz targets' invariants, shared by the fuzzer's entry points ({@link LoadsFuzzer} and its siblings) and the
 * JUnit replay of kept inputs ({@code FuzzRegressionTest}). Each method returns normally or throws: an
 * {@link AssertionError} where an invariant is broken, and any exception other than {@link JsonDecodeException}
 * that {@code loads} let escape (an NPE or a {@code StackOverflowError} on some input is the bug being looked for).
 */
final class FuzzTargets {

	/** Containers {@code dumps} writes before orjson's "Recursion limit reached": 254, one less than its limit. */
	static final int DUMPS_MAX_DEPTH = 254;

	/** Small limits, so that every limit check is reached by inputs of a few hundred bytes. */
	static final JsonCodec TIGHT = JsonCodec.builder()
		.maxDepth(16)
		.maxNumberLength(24)
		.maxStringLength(48)
		.maxObjectProperties(6)
		.maxDocumentSize(2_048)
		.build();

	private static final Object FAILED = new Object();

	private FuzzTargets() {
	}

	/**
	 * Untyped {@code loads}, with the default limits and with {@link #TIGHT} ones (from bytes and from a stream, which
	 * must agree): a tree or a {@code JsonDecodeException} whose position lies within the input.
	 */
	static void loads(byte[] input) {
		decode(input, () -> Json.loads(input));
		Object fromBytes = decode(input, () -> TIGHT.loads(input));
		Object fromStream = decode(input, () -> {
			try {
				return TIGHT.loads(new ByteArrayInputStream(input));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		if ((fromBytes == FAILED) != (fromStream == FAILED)) {
			throw new AssertionError("loads(byte[]) " + ((fromBytes == FAILED) ? "failed" : "succeeded")
					+ " where loads(InputStream) did not, for " + show(input));
		}
		if (fromBytes != FAILED) {
			String difference = firstDifference(fromBytes, fromStream, "$");
			if (difference != null) {
				throw new AssertionError("loads(InputStream) differs at " + difference + " for " + show(input));
			}
		}
	}

	/**
	 * Typed {@code loads} into each of {@link FuzzRecords#TYPES}: a value or a {@code JsonDecodeException}. A value
	 * read must be written by {@code dumps}, read back, and written again to the same bytes.
	 */
	static void loadsTyped(byte[] input) {
		for (TypeRef<?> type : FuzzRecords.TYPES) {
			Object value = decode(input, () -> Json.loads(input, type));
			if (value == FAILED) {
				continue;
			}
			byte[] first = dumpsTyped(value, input, type);
			if (first == null) {
				continue;
			}
			Object again;
			try {
				again = Json.loads(first, type);
			}
			catch (JsonDecodeException ex) {
				throw new AssertionError("dumps wrote " + show(first) + " for " + type + " read from " + show(input)
						+ ", which loads then rejected: " + ex.getMessage(), ex);
			}
			byte[] second = Json.dumps(again, JsonOption.NON_STR_KEYS);
			if (!Arrays.equals(first, second)) {
				throw new AssertionError("dumps(loads(dumps(value))) is " + show(second) + ", not " + show(first)
						+ ", for " + type + " read from " + show(input));
			}
		}
	}

	/**
	 * For an input that loads: {@code dumps} writes the tree (unless it nests deeper than it ever writes) and
	 * {@code loads} reads that back equal to the tree, key order and number types included.
	 */
	static void roundTrip(byte[] input) {
		Object tree = decode(input, () -> Json.loads(input));
		if (tree == FAILED) {
			return;
		}
		int depth = dumpsDepth(tree);
		byte[] json;
		try {
			json = Json.dumps(tree);
		}
		catch (JsonEncodeException ex) {
			if (depth > DUMPS_MAX_DEPTH && "Recursion limit reached".equals(ex.getMessage())) {
				return;
			}
			throw new AssertionError("dumps failed on a tree loads built from " + show(input), ex);
		}
		if (depth > DUMPS_MAX_DEPTH) {
			throw new AssertionError("dumps wrote " + depth + " nested containers from " + show(input));
		}
		Object again;
		try {
			again = Json.loads(json);
		}
		catch (JsonDecodeException ex) {
			throw new AssertionError("loads rejected " + show(json) + ", written from the tree of " + show(input)
					+ ": " + ex.getMessage(), ex);
		}
		String difference = firstDifference(tree, again, "$");
		if (difference != null) {
			throw new AssertionError("loads(dumps(loads(x))) differs from loads(x) at " + difference + " for "
					+ show(input) + " (dumps wrote " + show(json) + ")");
		}
	}

	private static final JsonCodec TREES = JsonCodec.builder().adapter(TreeAdapter.Tree.class, new TreeAdapter()).build();

	private static final JsonCodec TIGHT_TREES = TIGHT.toBuilder()
		.adapter(TreeAdapter.Tree.class, new TreeAdapter())
		.build();

	/**
	 * Typed {@code loads} into each of {@link FuzzShapes#TYPES} (under the default and {@link #TIGHT} limits): a value
	 * or a {@code JsonDecodeException}. A value read is written and read back to the same bytes, and is what the
	 * input's tree gives written back, in its own order and with every discriminator moved first: so reading a
	 * discriminator wherever it stands (one walk) agrees with reading it first (one key). Any input's tree, written
	 * in both orders, reads the same in both or fails in both.
	 */
	static void polymorphic(byte[] input) {
		Object tree = decode(input, () -> Json.loads(input));
		byte[] inOrder = tree == FAILED || dumpsDepth(tree) > DUMPS_MAX_DEPTH ? null : Json.dumps(tree);
		byte[] moved = inOrder == null ? null : Json.dumps(FuzzShapes.discriminatorsFirst(tree));
		for (TypeRef<?> type : FuzzShapes.TYPES) {
			decode(input, () -> TIGHT.loads(input, type));
			Object value = decode(input, () -> Json.loads(input, type));
			byte[] written = value == FAILED ? null : dumpsTyped(value, input, type);
			if (written != null) {
				byte[] again = Json.dumps(Json.loads(written, type));
				if (!Arrays.equals(written, again)) {
					throw new AssertionError("dumps(loads(dumps(value))) is " + show(again) + ", not " + show(written)
							+ ", for " + type + " read from " + show(input));
				}
			}
			if (inOrder == null) {
				continue;
			}
			byte[] fromTree = readAndWrite(inOrder, type);
			byte[] fromMoved = readAndWrite(moved, type);
			if (!Arrays.equals(fromTree, fromMoved)) {
				throw new AssertionError(type + " read " + show(fromTree) + " from " + show(inOrder) + " but "
						+ show(fromMoved) + " with its discriminators first, from " + show(input));
			}
			if (written != null && !Arrays.equals(written, fromTree)) {
				throw new AssertionError(type + " read " + show(written) + " from " + show(input) + " but "
						+ show(fromTree) + " from its tree written back");
			}
		}
	}

	// The value of type read from json and written, or an empty array where json does not read as one.
	private static byte[] readAndWrite(byte[] json, TypeRef<?> type) {
		Object value = decode(json, () -> Json.loads(json, type));
		return value == FAILED ? new byte[0] : Json.dumps(value);
	}

	/**
	 * Through an adapter: {@link TreeAdapter} reads the input token by token into the tree {@code loads} builds, or
	 * fails where {@code loads} fails, with its message (under the default and {@link #TIGHT} limits); the tree it
	 * read, written back through {@code JsonWriter}, is what {@code dumps} writes of the tree.
	 */
	static void adapters(byte[] input) {
		for (JsonCodec[] pair : new JsonCodec[][] { { JsonCodec.defaults(), TREES }, { TIGHT, TIGHT_TREES } }) {
			JsonDecodeException untypedError = null;
			Object tree = null;
			try {
				tree = pair[0].loads(input);
			}
			catch (JsonDecodeException ex) {
				untypedError = ex;
			}
			TreeAdapter.Tree adapted;
			try {
				adapted = pair[1].loads(input, TreeAdapter.Tree.class);
			}
			catch (JsonDecodeException ex) {
				checkPosition(ex, input);
				if (untypedError == null || !untypedError.getMessage().equals(ex.getMessage())) {
					throw new AssertionError("through the adapter: " + ex.getMessage() + "; untyped: "
							+ (untypedError == null ? "a tree" : untypedError.getMessage()) + ", for " + show(input), ex);
				}
				continue;
			}
			if (untypedError != null) {
				throw new AssertionError("the adapter read what loads rejects (" + untypedError.getMessage() + "): "
						+ show(input));
			}
			Object read = adapted == null ? null : adapted.value();
			String difference = firstDifference(tree, read, "$");
			if (difference != null) {
				throw new AssertionError("the adapter's tree differs at " + difference + " for " + show(input));
			}
			if (adapted == null || dumpsDepth(tree) > DUMPS_MAX_DEPTH - 1) {
				continue; // JSON null never reaches the adapter; deeper trees meet the recursion limit both ways
			}
			byte[] written = pair[1].dumps(adapted);
			byte[] dumped = pair[0].dumps(tree);
			if (!Arrays.equals(written, dumped)) {
				throw new AssertionError("JsonWriter wrote " + show(written) + " where dumps wrote " + show(dumped));
			}
		}
	}

	// ---- helpers

	/** The value, or {@link #FAILED} after checking the exception's position; any other throwable escapes. */
	private static Object decode(byte[] input, Supplier<Object> loads) {
		try {
			return loads.get();
		}
		catch (JsonDecodeException ex) {
			checkPosition(ex, input);
			return FAILED;
		}
	}

	/**
	 * The message is the reason then {@code : line L column C (char N)}, with N at most the input's code points
	 * (its bytes that are not UTF-8 continuation bytes, which for valid UTF-8 is the code point count) and the line
	 * and column consistent with it.
	 */
	static void checkPosition(JsonDecodeException ex, byte[] input) {
		String suffix = ": line " + ex.line() + " column " + ex.column() + " (char " + ex.position() + ")";
		String message = ex.getMessage();
		if (message == null || ex.reason() == null || ex.reason().isEmpty() || !message.equals(ex.reason() + suffix)) {
			throw new AssertionError("message without its position suffix: " + message + " for " + show(input), ex);
		}
		int codePoints = 0;
		int newlines = 0;
		for (byte b : input) {
			if ((b & 0xC0) != 0x80) {
				codePoints++;
			}
			if (b == '\n') {
				newlines++;
			}
		}
		boolean valid = ex.position() >= 0 && ex.position() <= codePoints && ex.line() >= 1
				&& ex.line() <= newlines + 1 && ex.column() >= 1 && ex.column() <= ex.position() + 1;
		if (!valid) {
			throw new AssertionError("position out of range (" + codePoints + " code points, " + newlines
					+ " newlines): " + message + " for " + show(input), ex);
		}
	}

	/** dumps of a typed value, or {@code null} where it nests deeper than dumps writes (and the input did too). */
	private static byte[] dumpsTyped(Object value, byte[] input, TypeRef<?> type) {
		try {
			return Json.dumps(value, JsonOption.NON_STR_KEYS);
		}
		catch (JsonEncodeException ex) {
			// A value nests no deeper than the document it was read from.
			if (nesting(input) > DUMPS_MAX_DEPTH && "Recursion limit reached".equals(ex.getMessage())) {
				return null;
			}
			throw new AssertionError("dumps failed on a " + type + " loads read from " + show(input), ex);
		}
	}

	/** The containers dumps counts along the deepest path: every map, and every non-empty list. */
	static int dumpsDepth(Object value) {
		if (value instanceof Map<?, ?> map) {
			int deepest = 0;
			for (Object child : map.values()) {
				deepest = Math.max(deepest, dumpsDepth(child));
			}
			return 1 + deepest;
		}
		if (value instanceof List<?> list && !list.isEmpty()) {
			int deepest = 0;
			for (Object child : list) {
				deepest = Math.max(deepest, dumpsDepth(child));
			}
			return 1 + deepest;
		}
		return 0;
	}

	/** The deepest bracket nesting outside strings, whether or not the input is valid. */
	static int nesting(byte[] input) {
		int depth = 0;
		int deepest = 0;
		boolean inString = false;
		for (int i = 0; i < input.length; i++) {
			byte b = input[i];
			if (inString) {
				if (b == '\\') {
					i++;
				}
				else if (b == '"') {
					inString = false;
				}
			}
			else if (b == '"') {
				inString = true;
			}
			else if (b == '[' || b == '{') {
				deepest = Math.max(deepest, ++depth);
			}
			else if (b == ']' || b == '}') {
				depth--;
			}
		}
		return deepest;
	}

	/** The input for a message: as text where it is short UTF-8, else its length and first bytes in hex. */
	static String show(byte[] input) {
		String text = new String(input, StandardCharsets.UTF_8);
		if (input.length <= 200 && Arrays.equals(text.getBytes(StandardCharsets.UTF_8), input)) {
			return "`" + text + "`";
		}
		StringBuilder hex = new StringBuilder(input.length + " bytes: ");
		for (int i = 0; i < Math.min(input.length, 100); i++) {
			hex.append(String.format("%02x", input[i] & 0xFF));
		}
		return hex.append((input.length > 100) ? "..." : "").toString();
	}
}
