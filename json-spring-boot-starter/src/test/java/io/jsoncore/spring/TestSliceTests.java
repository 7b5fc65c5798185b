package io.jsoncore.spring;

import java.io.ByteArrayInputStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import io.jsoncore.JsonCodec;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.restclient.test.autoconfigure.RestClientTest;
import org.springframework.boot.test.autoconfigure.json.JsonTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webclient.test.autoconfigure.AutoConfigureWebClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.ResolvableType;
import org.springframework.http.MediaType;
import org.springframework.http.codec.DecoderHttpMessageReader;
import org.springframework.http.codec.EncoderHttpMessageWriter;
import org.springframework.stereotype.Service;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.content;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

/**
 * Boot's test slices see json-core as the application does: {@code @JsonTest} with a {@link JsonCoreTester},
 * {@code @RestClientTest} and {@code @AutoConfigureWebClient}. Each asserts a body that only json-core writes:
 * an {@code OffsetDateTime} at UTC as {@code +00:00}, where Jackson writes {@code Z}.
 */
class TestSliceTests {

	record Meeting(String title, OffsetDateTime at) {
	}

	static final Meeting STANDUP = new Meeting("standup", OffsetDateTime.of(2026, 12, 5, 9, 30, 0, 0, ZoneOffset.UTC));

	static final String STANDUP_JSON = "{\"title\":\"standup\",\"at\":\"2026-12-05T09:30:00+00:00\"}";

	@Nested
	@JsonTest(properties = "spring.json.options=indent-2")
	class JsonSlice {

		@Autowired
		JsonCoreTester<Meeting> json;

		@SpringBootConfiguration
		static class JsonSliceApplication {
		}

		@Test
		void writesWithTheApplicationsCodecAndOptions() throws Exception {
			assertThat(this.json.write(STANDUP)).hasJsonPathStringValue("@.at", "2026-12-05T09:30:00+00:00");
			assertThat(this.json.write(STANDUP).getJson())
				.isEqualTo("{\n  \"title\": \"standup\",\n  \"at\": \"2026-12-05T09:30:00+00:00\"\n}");
		}

		@Test
		void readsWithIt() throws Exception {
			assertThat(this.json.parseObject(STANDUP_JSON)).isEqualTo(STANDUP);
			assertThat(this.json.read(new ByteArrayInputStream(STANDUP_JSON.getBytes()))).isEqualTo(STANDUP);
		}
	}

	@Service
	static class CalendarClient {

		private final RestClient client;

		CalendarClient(RestClient.Builder builder) {
			this.client = builder.baseUrl("http://calendar.example").build();
		}

		Meeting next() {
			return this.client.get().uri("/next").retrieve().body(Meeting.class);
		}

		void book(Meeting meeting) {
			this.client.post().uri("/meetings").contentType(MediaType.APPLICATION_JSON).body(meeting).retrieve().toBodilessEntity();
		}
	}

	@Nested
	@RestClientTest(CalendarClient.class)
	class RestClientSlice {

		@Autowired
		CalendarClient calendar;

		@Autowired
		MockRestServiceServer server;

		@SpringBootConfiguration
		@Import(CalendarClient.class)
		static class RestClientSliceApplication {
		}

		@Test
		void theClientWritesAndReadsWithJsonCore() {
			this.server.expect(requestTo("http://calendar.example/meetings"))
				.andExpect(content().string(STANDUP_JSON))
				.andRespond(withSuccess());
			this.server.expect(requestTo("http://calendar.example/next"))
				.andRespond(withSuccess(STANDUP_JSON, MediaType.APPLICATION_JSON));
			this.calendar.book(STANDUP);
			assertThat(this.calendar.next()).isEqualTo(STANDUP);
			this.server.verify();
		}
	}

	@Nested
	@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
	@AutoConfigureWebClient
	class WebClientSlice {

		@Autowired
		WebClient.Builder builder;

		@SpringBootConfiguration
		static class WebClientSliceApplication {

			// the slice's own codec list is what this builder gets; nothing else is auto-configured here
			@Bean
			String marker() {
				return "webclient-slice";
			}
		}

		@Test
		void theWebClientBuilderReadsAndWritesJsonWithJsonCore() {
			Object[] jsonReader = new Object[1];
			Object[] jsonWriter = new Object[1];
			this.builder.codecs((codecs) -> {
				jsonReader[0] = codecs.getReaders().stream()
					.filter((reader) -> reader.canRead(ResolvableType.forClass(Meeting.class),
							MediaType.APPLICATION_JSON))
					.findFirst()
					.orElseThrow();
				jsonWriter[0] = codecs.getWriters().stream()
					.filter((writer) -> writer.canWrite(ResolvableType.forClass(Meeting.class),
							MediaType.APPLICATION_JSON))
					.findFirst()
					.orElseThrow();
			}).build();
			assertThat(((DecoderHttpMessageReader<?>) jsonReader[0]).getDecoder()).isInstanceOf(JsonCoreDecoder.class);
			assertThat(((EncoderHttpMessageWriter<?>) jsonWriter[0]).getEncoder()).isInstanceOf(JsonCoreEncoder.class);
		}

		@Test
		void theSliceHasTheApplicationsCodec(@Autowired JsonCodec codec) {
			assertThat(new String(codec.dumps(STANDUP))).isEqualTo(STANDUP_JSON);
		}
	}
}
