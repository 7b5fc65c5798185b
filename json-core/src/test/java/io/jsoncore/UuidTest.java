package io.jsoncore;

import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static io.jsoncore.testing.Dumps.dumps;
import static org.assertj.core.api.Assertions.assertThat;

class UuidTest {

	@Test
	void writesCanonicalLowerCase() {
		assertThat(dumps(UUID.fromString("7202D115-7FF3-4C81-A7C1-2A1F067B1ECE")))
			.isEqualTo("\"7202d115-7ff3-4c81-a7c1-2a1f067b1ece\"");
	}

	@Test
	void padsWithZeros() {
		assertThat(dumps(new UUID(0x0034567812345678L, 0x1234567812345678L)))
			.isEqualTo("\"00345678-1234-5678-1234-567812345678\"");
		assertThat(dumps(new UUID(0, 0))).isEqualTo("\"00000000-0000-0000-0000-000000000000\"");
		assertThat(dumps(new UUID(-1, -1))).isEqualTo("\"ffffffff-ffff-ffff-ffff-ffffffffffff\"");
	}

	@Test
	void matchesToStringForRandomValues() {
		Random random = new Random(42);
		for (int i = 0; i < 10_000; i++) {
			UUID uuid = new UUID(random.nextLong(), random.nextLong());
			assertThat(dumps(uuid)).isEqualTo("\"" + uuid + "\"");
		}
	}
}
