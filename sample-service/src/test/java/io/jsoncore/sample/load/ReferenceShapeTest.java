package io.jsoncore.sample.load;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReferenceShapeTest {

	private static final String BODY = "{\"uuid\":\"0801c2cb-3868-4e88-800b-e162988c793f\","
			+ "\"updated_at\":\"2026-11-22T03:47:13+00:00\",\"data\":[1,2.2,null,true,false,{}]}";

	@Test
	void matchesTheReferenceBody() {
		assertThat(matches(BODY)).isTrue();
	}

	@Test
	void rejectsWhatJsonCoreWouldWriteWithoutTheOptions() {
		assertThat(matches(BODY.replace("03:47:13+00:00", "03:47:13"))).isFalse();
		assertThat(matches(BODY.replace("03:47:13+00:00", "03:47:13.123456+00:00"))).isFalse();
	}

	@Test
	void rejectsOtherLayoutsAndValues() {
		assertThat(matches(BODY.replace(",", ", "))).isFalse();
		assertThat(matches(BODY.replace("{}", "{\"a\":1}"))).isFalse();
		assertThat(matches(BODY.replace("4e88", "1e88"))).isFalse();
		assertThat(matches(BODY + "\n")).isFalse();
	}

	private static boolean matches(String body) {
		return ReferenceShape.matches(body.getBytes(StandardCharsets.UTF_8));
	}
}
