package io.jsoncore.internal.decode;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KeyCacheTest {

	@Test
	void aKeySeenBeforeIsTheSameString() {
		byte[] json = "..\"created_at\"..".getBytes(StandardCharsets.UTF_8);
		String first = KeyCache.get(json, 3, 13, true);
		String second = KeyCache.get(json.clone(), 3, 13, true);
		assertThat(first).isEqualTo("created_at").isSameAs(second);
	}

	@Test
	void keysAlikeAtBothEndsGetDifferentSlots() {
		// every twitter user has both; sharing a slot they evicted each other on every object
		assertThat(slot("profile_image_url_https")).isNotEqualTo(slot("profile_background_image_url_https"));
		assertThat(slot("abcdefgh_abcdefgh")).isNotEqualTo(slot("abcdefgh__abcdefgh"));
	}

	@Test
	void keysOfEveryLengthUpToTheLimitAreReadBack() {
		for (int length = 0; length <= KeyCache.MAX_KEY_LENGTH; length++) {
			String key = "k\u00e9y-0123456789abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
				.substring(0, length);
			byte[] utf8 = key.getBytes(StandardCharsets.UTF_8);
			// at the very end of the array too, where a key under 8 bytes cannot be read as one word
			byte[] atEnd = Arrays.copyOf(utf8, utf8.length);
			boolean ascii = utf8.length == key.length();
			assertThat(KeyCache.get(atEnd, 0, atEnd.length, ascii)).isEqualTo(key);
			byte[] padded = Arrays.copyOf(utf8, utf8.length + 8);
			assertThat(KeyCache.get(padded, 0, utf8.length, ascii)).isEqualTo(key);
		}
	}

	@Test
	void keysSharingTheirFirstAndLastWordsAreToldApartPast16Bytes() {
		byte[] a = "abcdefgh-1-abcdefgh".getBytes(StandardCharsets.US_ASCII);
		byte[] b = "abcdefgh-2-abcdefgh".getBytes(StandardCharsets.US_ASCII);
		assertThat(KeyCache.get(a, 0, a.length, true)).isEqualTo("abcdefgh-1-abcdefgh");
		assertThat(KeyCache.get(b, 0, b.length, true)).isEqualTo("abcdefgh-2-abcdefgh");
		assertThat(KeyCache.get(a, 0, a.length, true)).isEqualTo("abcdefgh-1-abcdefgh");
	}

	private static int slot(String key) {
		byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
		ByteBuffer padded = ByteBuffer.wrap(Arrays.copyOf(bytes, Math.max(8, bytes.length)))
			.order(ByteOrder.LITTLE_ENDIAN);
		long head = padded.getLong(0);
		long tail = bytes.length >= 8 ? padded.getLong(bytes.length - 8) : 0;
		return KeyCache.slot(head, tail, bytes.length);
	}
}
