package io.jsoncore;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A typed {@code UUID} is read from its canonical 36 characters straight from the bytes; every other string goes
 * the text way, with the same values and the same errors as before.
 */
class UuidReadingTest {

	record Id(UUID id) {
	}

	private static <T> T loads(String json, TypeRef<T> type) {
		return Json.loads(json.getBytes(StandardCharsets.UTF_8), type);
	}

	@Test
	void canonicalTextInEitherCaseIsTheUuidItNames() {
		for (int i = 0; i < 200; i++) {
			UUID uuid = UUID.randomUUID();
			assertThat(loads("{\"id\":\"" + uuid + "\"}", new TypeRef<Id>() {
			})).isEqualTo(new Id(uuid));
			assertThat(loads("{\"id\":\"" + uuid.toString().toUpperCase() + "\"}", new TypeRef<Id>() {
			})).isEqualTo(new Id(uuid));
		}
		assertThat(loads("[\"00000000-0000-0000-0000-000000000000\",\"ffffffff-ffff-ffff-ffff-ffffffffffff\"]",
				new TypeRef<List<UUID>>() {
				})).containsExactly(new UUID(0, 0), new UUID(-1, -1));
		// the last value of the document: no byte after the closing quote
		assertThat(loads("\"2b9c3f7e-5a1d-4c6b-9e8f-0d7a6b5c4e3f\"", new TypeRef<UUID>() {
		})).isEqualTo(UUID.fromString("2b9c3f7e-5a1d-4c6b-9e8f-0d7a6b5c4e3f"));
	}

	@Test
	void anEscapedCharacterTakesTheTextWay() {
		assertThat(loads("{\"id\":\"\\u0032b9c3f7e-5a1d-4c6b-9e8f-0d7a6b5c4e3f\"}", new TypeRef<Id>() {
		})).isEqualTo(new Id(UUID.fromString("2b9c3f7e-5a1d-4c6b-9e8f-0d7a6b5c4e3f")));
	}

	@Test
	void anythingElseIsTheSameErrorAsBefore() {
		assertThatThrownBy(() -> loads("{\"id\":\"2b9c3f7e-5a1d-4c6b-9e8f-0d7a6b5c4e3g\"}", new TypeRef<Id>() {
		})).isInstanceOf(JsonDecodeException.class)
			.hasMessage("expected UUID but found \"2b9c3f7e-5a1d-4c6b-9e8f-0d7a6b5c4e3g\" at $.id: line 1 column 7 (char 6)");
		// 36 characters with a hyphen moved: UUID.fromString took it, dropping a digit; a UUID here is 8-4-4-4-12
		assertThatThrownBy(() -> loads("{\"id\":\"2b9c3f7e5-a1d-4c6b-9e8f-0d7a6b5c4e3f\"}", new TypeRef<Id>() {
		})).isInstanceOf(JsonDecodeException.class)
			.hasMessage("expected UUID but found \"2b9c3f7e5-a1d-4c6b-9e8f-0d7a6b5c4e3f\" at $.id: line 1 column 7 (char 6)");
		assertThatThrownBy(() -> loads("{\"id\":\"2b9c3f7e-5a1d-4c6b-9e8f-0d7a6b5c4e3\"}", new TypeRef<Id>() {
		})).isInstanceOf(JsonDecodeException.class)
			.hasMessage("expected UUID but found \"2b9c3f7e-5a1d-4c6b-9e8f-0d7a6b5c4e3\" at $.id: line 1 column 7 (char 6)");
		assertThatThrownBy(() -> loads("{\"id\":\"2b9c3f7e-5a1d-4c6b-9e8f-0d7a6b5c4e3f", new TypeRef<Id>() {
		})).isInstanceOf(JsonDecodeException.class).hasMessageStartingWith("unexpected end of data");
	}
}
