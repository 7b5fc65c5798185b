package io.jsoncore.sample.load;

import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LoadSettingsTest {

	@Test
	void noArgumentsIsTheReferenceRun() {
		LoadSettings settings = LoadSettings.parse(new String[0], false);
		assertThat(settings.url()).isEqualTo(URI.create("http://127.0.0.1:8001/"));
		assertThat(settings.duration()).isEqualTo(Duration.ofSeconds(5));
		assertThat(settings.concurrency()).isEqualTo(32);
		assertThat(settings.connections()).isEqualTo(32);
		assertThat(settings.checkShape()).isTrue();
		assertThat(settings.postBody()).isNull();
		assertThat(settings.progress()).isFalse();
	}

	@Test
	void progressFollowsTheTerminalUnlessAsked() {
		assertThat(LoadSettings.parse(new String[0], true).progress()).isTrue();
		assertThat(LoadSettings.parse(new String[] { "--no-progress" }, true).progress()).isFalse();
		assertThat(LoadSettings.parse(new String[] { "--progress" }, false).progress()).isTrue();
	}

	@Test
	void connectionsDefaultToTheConcurrency() {
		LoadSettings settings = LoadSettings.parse(new String[] { "--concurrency", "8", "--no-check", "--url",
				"http://localhost:9000/raw" }, false);
		assertThat(settings.concurrency()).isEqualTo(8);
		assertThat(settings.connections()).isEqualTo(8);
		assertThat(settings.checkShape()).isFalse();
		assertThat(settings.url()).isEqualTo(URI.create("http://localhost:9000/raw"));
		assertThat(LoadSettings.parse(new String[] { "--concurrency", "8", "--connections", "2" }, false).connections())
			.isEqualTo(2);
	}

	@Test
	void durationsInSecondsMillisecondsAndMinutes() {
		assertThat(LoadSettings.duration("5s")).isEqualTo(Duration.ofSeconds(5));
		assertThat(LoadSettings.duration("1.5s")).isEqualTo(Duration.ofMillis(1500));
		assertThat(LoadSettings.duration("500ms")).isEqualTo(Duration.ofMillis(500));
		assertThat(LoadSettings.duration("1m")).isEqualTo(Duration.ofMinutes(1));
		assertThat(LoadSettings.duration("2")).isEqualTo(Duration.ofSeconds(2));
	}

	@Test
	void badArgumentsSayWhatIsWrong() {
		assertThatIllegalArgumentException().isThrownBy(() -> LoadSettings.parse(new String[] { "--fast" }, false))
			.withMessage("unknown argument: --fast");
		assertThatIllegalArgumentException().isThrownBy(() -> LoadSettings.parse(new String[] { "--duration" }, false))
			.withMessage("--duration needs a value");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> LoadSettings.parse(new String[] { "--duration", "soon" }, false))
			.withMessage("not a duration: soon (5s, 500ms, 1m)");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> LoadSettings.parse(new String[] { "--concurrency", "0" }, false))
			.withMessage("concurrency and connections must be at least 1");
	}
}
