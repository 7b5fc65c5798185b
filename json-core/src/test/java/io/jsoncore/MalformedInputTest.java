package io.jsoncore;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import io.jsoncore.corpus.twitter.TwitterSearch;
import io.jsoncore.testing.SharedData;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Seeded random damage to valid documents: {@code loads}, untyped and typed, either returns or throws
 * {@code JsonDecodeException}; nothing else escapes (the long fuzzing runs belong to the hardening work).
 */
class MalformedInputTest {

	private static final byte[] ALPHABET = "{}[]\",:0123456789-+.eEtrufalsn \\/u\n\t\u0000\u00e9"
		.getBytes(StandardCharsets.UTF_8);

	@Test
	void damagedDocumentsOnlyEverFailWithJsonDecodeException() {
		List<byte[]> seeds = List.of("{\"a\":[1,2.5e3,-0,null,true,\"x\\u00e9\\ud83d\\ude00\"],\"b\":{}}".getBytes(StandardCharsets.UTF_8),
				SharedData.readBytes("corpus/github.json"));
		Random random = new Random(7);
		int failures = 0;
		int runs = 0;
		for (byte[] seed : seeds) {
			for (int i = 0; i < 3_000; i++) {
				byte[] damaged = damage(seed, random);
				runs++;
				try {
					Json.loads(damaged);
				}
				catch (JsonDecodeException ex) {
					failures++;
					assertThat(ex.getMessage()).contains(": line ");
				}
				catch (RuntimeException | StackOverflowError ex) {
					fail("loads threw " + ex + " for " + new String(damaged, StandardCharsets.UTF_8), ex);
				}
			}
		}
		assertThat(failures).as("most damaged documents are invalid").isGreaterThan(runs / 2);
	}

	@Test
	void damagedDocumentsIntoRecordsOnlyEverFailWithJsonDecodeException() {
		byte[] twitter = SharedData.readBytes("corpus/twitter.json");
		byte[] seed = new byte[20_000];
		System.arraycopy(twitter, 0, seed, 0, seed.length);
		Random random = new Random(11);
		for (int i = 0; i < 500; i++) {
			byte[] damaged = damage(seed, random);
			try {
				Json.loads(damaged, TwitterSearch.class);
			}
			catch (JsonDecodeException ex) {
				assertThat(ex.getMessage()).contains(": line ");
			}
			catch (RuntimeException | StackOverflowError ex) {
				fail("typed loads threw " + ex, ex);
			}
		}
	}

	@Test
	void randomBytesOnlyEverFailWithJsonDecodeException() {
		Random random = new Random(3);
		for (int i = 0; i < 20_000; i++) {
			byte[] bytes = new byte[random.nextInt(12)];
			for (int j = 0; j < bytes.length; j++) {
				bytes[j] = random.nextBoolean() ? ALPHABET[random.nextInt(ALPHABET.length)] : (byte) random.nextInt(256);
			}
			try {
				Json.loads(bytes);
			}
			catch (JsonDecodeException ex) {
				assertThat(ex.position()).isBetween(0, bytes.length);
			}
		}
	}

	// One to four edits: replace, insert or delete a byte, or cut the document short.
	private static byte[] damage(byte[] seed, Random random) {
		byte[] bytes = seed.clone();
		int edits = 1 + random.nextInt(4);
		for (int e = 0; e < edits && bytes.length > 0; e++) {
			int at = random.nextInt(bytes.length);
			byte b = ALPHABET[random.nextInt(ALPHABET.length)];
			switch (random.nextInt(4)) {
				case 0:
					bytes[at] = b;
					break;
				case 1: {
					byte[] longer = new byte[bytes.length + 1];
					System.arraycopy(bytes, 0, longer, 0, at);
					longer[at] = b;
					System.arraycopy(bytes, at, longer, at + 1, bytes.length - at);
					bytes = longer;
					break;
				}
				case 2: {
					byte[] shorter = new byte[bytes.length - 1];
					System.arraycopy(bytes, 0, shorter, 0, at);
					System.arraycopy(bytes, at + 1, shorter, at, bytes.length - at - 1);
					bytes = shorter;
					break;
				}
				default:
					bytes = java.util.Arrays.copyOf(bytes, at);
			}
		}
		return bytes;
	}
}
