package io.jsoncore.internal.decode;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The 8-digits-at-a-time hex reading against the JDK's, for every byte in every digit's place. */
class UuidBytesTest {

	private static final String CANONICAL = "\"0123abcd-ef45-6789-ABCD-EF0123456789\"";

	@Test
	void everyByteInEveryDigitPlaceIsReadAsTheJdkReadsTheText() {
		for (int place = 1; place <= 36; place++) {
			if (place == 9 || place == 14 || place == 19 || place == 24) {
				continue;
			}
			for (int b = 0; b < 256; b++) {
				byte[] bytes = CANONICAL.getBytes(StandardCharsets.ISO_8859_1);
				bytes[place] = (byte) b;
				char c = (char) b;
				boolean hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
				UUID expected = hex ? UUID.fromString(new String(bytes, 1, 36, StandardCharsets.ISO_8859_1)) : null;

				assertThat(UuidBytes.read(bytes, 0)).as("byte %d at %d", b, place).isEqualTo(expected);
			}
		}
	}

	@Test
	void randomUuidsInMixedCaseAreTheirOwnValue() {
		Random random = new Random(42);
		for (int i = 0; i < 10_000; i++) {
			UUID uuid = new UUID(random.nextLong(), random.nextLong());
			StringBuilder text = new StringBuilder(uuid.toString());
			for (int k = 0; k < text.length(); k++) {
				if (random.nextBoolean()) {
					text.setCharAt(k, Character.toUpperCase(text.charAt(k)));
				}
			}
			byte[] bytes = ("x\"" + text + "\"").getBytes(StandardCharsets.US_ASCII);

			assertThat(UuidBytes.read(bytes, 1)).as(text.toString()).isEqualTo(uuid);
		}
	}

	@Test
	void eightDigitsAreTheirValueAndAnythingElseIsMinusOne() {
		Random random = new Random(7);
		for (int i = 0; i < 10_000; i++) {
			long value = random.nextInt() & 0xFFFF_FFFFL;
			String digits = String.format("%08x", value);
			assertThat(UuidBytes.hex8(littleEndian(digits))).isEqualTo(value);
			assertThat(UuidBytes.hex8(littleEndian(digits.toUpperCase()))).isEqualTo(value);
		}
		assertThat(UuidBytes.hex8(littleEndian("0000000g"))).isEqualTo(-1);
		assertThat(UuidBytes.hex8(littleEndian("/0000000"))).isEqualTo(-1);
		assertThat(UuidBytes.hex8(littleEndian("0000:000"))).isEqualTo(-1);
		assertThat(UuidBytes.hex8(littleEndian("000@0000"))).isEqualTo(-1);
		assertThat(UuidBytes.hex8(littleEndian("0000000`"))).isEqualTo(-1);
		assertThat(UuidBytes.hex8(0xC6C6_C6C6_C6C6_C6C6L)).as("0xC6 is 'F' with the top bit").isEqualTo(-1);
	}

	private static long littleEndian(String eight) {
		byte[] bytes = eight.getBytes(StandardCharsets.US_ASCII);
		return (long) Utf8.LONGS.get(bytes, 0);
	}
}
