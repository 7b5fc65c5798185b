package io.jsoncore.sample.check;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class ThreadCheckTest {

	@Test
	void roundTripsOnSeveralThreadsGiveBackTheRecords() {
		ByteArrayOutputStream output = new ByteArrayOutputStream();
		boolean ok = ThreadCheck.run(3, 2_500, new PrintStream(output, true, StandardCharsets.UTF_8));
		assertThat(ok).isTrue();
		assertThat(output.toString(StandardCharsets.UTF_8))
			.matches("thread test running\\.\\.\\. ok, 2,500 round trips on 3 threads in \\d+\\.\\d\\d s\n");
	}

	@Test
	void theRecordsAreOrjsonsTen() {
		assertThat(ThreadCheck.DATA).hasSize(10);
		assertThat(ThreadCheck.DATA.get(9)).containsExactly(entry("id", 9L),
				entry("name", "90as90ji0123ioj2390as90as90"),
				entry("body", "哈哈89asu89as😊89as9as90jas-😋0apjzxiojzx89hq23n"), entry("score", 901290129.1),
				entry("bool", true), entry("int", 9832L), entry("none", null));
	}
}
