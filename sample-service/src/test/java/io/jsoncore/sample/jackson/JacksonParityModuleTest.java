package io.jsoncore.sample.jackson;

import java.time.LocalDateTime;
import java.util.Arrays;

import io.jsoncore.Fragment;
import io.jsoncore.Json;
import io.jsoncore.JsonOption;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module writes what json-core writes. The reference's {@code {}} does not show it (Jackson writes a Fragment,
 * an object with no properties, as {@code {}} too), so other fragments do.
 */
class JacksonParityModuleTest {

	private final JsonMapper jackson = JsonMapper.builder()
		.addModule(new JacksonParityConfiguration().jsoncoreParityModule())
		.build();

	@Test
	void aFragmentIsWrittenRaw() {
		Object value = Arrays.asList(new Fragment("{\"cached\":[1,\"x\"]}"), new Fragment("null"));
		assertThat(this.jackson.writeValueAsString(value)).isEqualTo("[{\"cached\":[1,\"x\"]},null]");
	}

	@Test
	void aLocalDateTimeIsWrittenAsJsonCoreWritesItUnderNaiveUtcAndOmitMicroseconds() {
		LocalDateTime[] times = { LocalDateTime.of(2026, 11, 21, 23, 35, 18, 826_600_861),
				LocalDateTime.of(2026, 1, 2, 3, 4), LocalDateTime.of(1, 1, 1, 0, 0, 59, 999_999_999) };
		for (LocalDateTime time : times) {
			assertThat(this.jackson.writeValueAsBytes(time))
				.isEqualTo(Json.dumps(time, JsonOption.NAIVE_UTC, JsonOption.OMIT_MICROSECONDS));
		}
		assertThat(this.jackson.writeValueAsString(times[1])).isEqualTo("\"2026-01-02T03:04:00+00:00\"");
	}
}
