package io.jsoncore;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PropertyNamingTest {

	record Account(String userID, int unitCount, String name) {
	}

	@ParameterizedTest
	@CsvSource({ "AS_WRITTEN, unitCount, userID", "SNAKE_CASE, unit_count, user_id", "KEBAB_CASE, unit-count, user-id",
			"CAMEL_CASE, unitCount, userID", "PASCAL_CASE, UnitCount, UserID" })
	void translatesJavaNames(PropertyNaming naming, String unitCount, String userId) {
		assertThat(naming.translate("unitCount")).isEqualTo(unitCount);
		assertThat(naming.translate("userID")).isEqualTo(userId);
	}

	@Test
	void snakeCaseKeepsRunsOfCapitalsTogether() {
		assertThat(PropertyNaming.SNAKE_CASE.translate("HTTPServerURL")).isEqualTo("http_server_url");
		assertThat(PropertyNaming.SNAKE_CASE.translate("already_snake")).isEqualTo("already_snake");
	}

	@Test
	void appliesToRecordsInBothDirections() {
		JsonCodec snake = JsonCodec.builder().propertyNaming(PropertyNaming.SNAKE_CASE).build();
		Account account = new Account("u1", 3, "Ada");
		String json = new String(snake.dumps(account), StandardCharsets.UTF_8);
		assertThat(json).isEqualTo("{\"user_id\":\"u1\",\"unit_count\":3,\"name\":\"Ada\"}");
		assertThat(snake.loads(json.getBytes(StandardCharsets.UTF_8), Account.class)).isEqualTo(account);
	}

	@Test
	void theDefaultCodecIsUnaffected() {
		JsonCodec.builder().propertyNaming(PropertyNaming.KEBAB_CASE).build().dumps(new Account("a", 1, "b"));
		assertThat(new String(Json.dumps(List.of(new Account("a", 1, "b"))), StandardCharsets.UTF_8))
			.isEqualTo("[{\"userID\":\"a\",\"unitCount\":1,\"name\":\"b\"}]");
	}
}
