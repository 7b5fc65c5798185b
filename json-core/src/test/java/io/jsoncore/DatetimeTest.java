package io.jsoncore;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static io.jsoncore.testing.Dumps.dumps;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatetimeTest {

	private static final LocalDateTime NAIVE = LocalDateTime.of(2000, 1, 1, 2, 3, 4, 123_000);

	@Test
	void naiveDatetimeHasNoOffset() {
		assertThat(dumps(NAIVE)).isEqualTo("\"2000-01-01T02:03:04.000123\"");
		assertThat(dumps(LocalDateTime.of(1970, 1, 1, 0, 0))).isEqualTo("\"1970-01-01T00:00:00\"");
	}

	@Test
	void naiveUtcAddsAnOffset() {
		assertThat(dumps(LocalDateTime.of(1970, 1, 1, 0, 0), JsonOption.NAIVE_UTC))
			.isEqualTo("\"1970-01-01T00:00:00+00:00\"");
	}

	@Test
	void utcZAppliesToNaiveOnlyWithNaiveUtc() {
		assertThat(dumps(NAIVE, JsonOption.UTC_Z)).isEqualTo("\"2000-01-01T02:03:04.000123\"");
		assertThat(dumps(NAIVE, JsonOption.NAIVE_UTC, JsonOption.UTC_Z)).isEqualTo("\"2000-01-01T02:03:04.000123Z\"");
	}

	@Test
	void naiveDatetimeReadsBackWhatNaiveUtcAndUtcZWrite() {
		for (JsonOption[] options : List.of(new JsonOption[0], new JsonOption[] { JsonOption.NAIVE_UTC },
				new JsonOption[] { JsonOption.NAIVE_UTC, JsonOption.UTC_Z })) {
			JsonCodec codec = JsonCodec.builder().options(options).build();
			assertThat(codec.loads(codec.dumps(NAIVE), LocalDateTime.class)).isEqualTo(NAIVE);
		}
		for (String zero : List.of("Z", "z", "+00:00", "-00:00")) {
			assertThat(Json.loads(("\"2000-01-01T02:03:04.000123" + zero + "\"").getBytes(), LocalDateTime.class))
				.isEqualTo(NAIVE);
		}
	}

	@Test
	void naiveDatetimeRefusesAnyOtherOffset() {
		assertThatThrownBy(() -> Json.loads("[\"2000-01-01T02:03:04+01:00\"]".getBytes(),
				new TypeRef<List<LocalDateTime>>() { }))
			.isInstanceOf(JsonDecodeException.class)
			.hasMessage("expected java.time.LocalDateTime but found \"2000-01-01T02:03:04+01:00\" at $[0]: line 1 column 2 (char 1)");
		assertThatThrownBy(() -> Json.loads("\"2000-01-01T02:03:04+00:30\"".getBytes(), LocalDateTime.class))
			.isInstanceOf(JsonDecodeException.class)
			.hasMessage("expected java.time.LocalDateTime but found \"2000-01-01T02:03:04+00:30\" at $: line 1 column 1 "
					+ "(char 0)");
	}

	@Test
	void awareDatetimeWritesItsOffset() {
		OffsetDateTime adelaide = OffsetDateTime.of(2018, 12, 1, 2, 3, 4, 9_000, ZoneOffset.ofHoursMinutes(10, 30));
		assertThat(dumps(adelaide)).isEqualTo("\"2018-12-01T02:03:04.000009+10:30\"");
		assertThat(dumps(adelaide.withOffsetSameLocal(ZoneOffset.ofHours(-5)))).isEqualTo("\"2018-12-01T02:03:04.000009-05:00\"");
	}

	@Test
	void zonedDatetimeWritesTheOffsetInForceThen() {
		ZoneId newYork = ZoneId.of("America/New_York");
		ZonedDateTime earlier = ZonedDateTime.ofLocal(LocalDateTime.of(2021, 11, 7, 1, 30), newYork, ZoneOffset.ofHours(-4));
		assertThat(dumps(earlier)).isEqualTo("\"2021-11-07T01:30:00-04:00\"");
		assertThat(dumps(earlier.withLaterOffsetAtOverlap())).isEqualTo("\"2021-11-07T01:30:00-05:00\"");
	}

	@Test
	void utcZAppliesToAnyZeroOffset() {
		ZonedDateTime london = ZonedDateTime.of(2020, 1, 15, 12, 0, 0, 0, ZoneId.of("Europe/London"));
		assertThat(dumps(london)).isEqualTo("\"2020-01-15T12:00:00+00:00\"");
		assertThat(dumps(london, JsonOption.UTC_Z)).isEqualTo("\"2020-01-15T12:00:00Z\"");
	}

	@Test
	void offsetSecondsRoundToTheNearestMinute() {
		LocalDateTime time = LocalDateTime.of(2000, 1, 1, 0, 0);
		assertThat(dumps(OffsetDateTime.of(time, ZoneOffset.ofTotalSeconds(1189)))).isEqualTo("\"2000-01-01T00:00:00+00:20\"");
		assertThat(dumps(OffsetDateTime.of(time, ZoneOffset.ofTotalSeconds(-1189)))).isEqualTo("\"2000-01-01T00:00:00-00:20\"");
		assertThat(dumps(OffsetDateTime.of(time, ZoneOffset.ofTotalSeconds(37800)))).isEqualTo("\"2000-01-01T00:00:00+10:30\"");
		assertThat(dumps(OffsetDateTime.of(time, ZoneOffset.ofTotalSeconds(1172)))).isEqualTo("\"2000-01-01T00:00:00+00:20\"");
		assertThat(dumps(OffsetDateTime.of(time, ZoneOffset.ofTotalSeconds(1169)))).isEqualTo("\"2000-01-01T00:00:00+00:19\"");
	}

	@Test
	void instantAndDateAreUtc() {
		assertThat(dumps(Instant.EPOCH)).isEqualTo("\"1970-01-01T00:00:00+00:00\"");
		assertThat(dumps(Instant.ofEpochSecond(1, 1_500), JsonOption.UTC_Z)).isEqualTo("\"1970-01-01T00:00:01.000001Z\"");
		assertThat(dumps(new Date(86_400_123L))).isEqualTo("\"1970-01-02T00:00:00.123000+00:00\"");
	}

	@Test
	void microsecondsAlwaysTakeSixDigits() {
		LocalTime base = LocalTime.of(12, 15, 59);
		assertThat(dumps(List.of(base.withNano(1_000), base.withNano(123_000), base.withNano(5_000_000), base.withNano(999_999_999))))
			.isEqualTo("[\"12:15:59.000001\",\"12:15:59.000123\",\"12:15:59.005000\",\"12:15:59.999999\"]");
	}

	@Test
	void nanosecondsBelowAMicrosecondAreCut() {
		assertThat(dumps(LocalTime.of(0, 0, 0, 999))).isEqualTo("\"00:00:00\"");
	}

	@Test
	void omitMicroseconds() {
		assertThat(dumps(LocalDateTime.of(1970, 1, 1, 0, 0, 0, 1000), JsonOption.OMIT_MICROSECONDS))
			.isEqualTo("\"1970-01-01T00:00:00\"");
		assertThat(dumps(LocalTime.of(1, 2, 3, 4000), JsonOption.OMIT_MICROSECONDS)).isEqualTo("\"01:02:03\"");
	}

	@Test
	void datesPadTheYearToFourDigits() {
		assertThat(dumps(List.of(LocalDate.of(1, 1, 1), LocalDate.of(46, 1, 1), LocalDate.of(312, 1, 1), LocalDate.of(9999, 12, 31))))
			.isEqualTo("[\"0001-01-01\",\"0046-01-01\",\"0312-01-01\",\"9999-12-31\"]");
	}

	@Test
	void yearsPythonCannotHoldAreWrittenAsIsoDoes() {
		assertThat(dumps(List.of(LocalDate.of(10000, 1, 1), LocalDate.of(0, 1, 1), LocalDate.of(-1, 1, 1))))
			.isEqualTo("[\"+10000-01-01\",\"0000-01-01\",\"-0001-01-01\"]");
	}

	@Test
	void naiveUtcAndUtcZDoNotApplyToTimesAndDates() {
		assertThat(dumps(List.of(LocalTime.NOON, LocalDate.of(2000, 1, 1)), JsonOption.NAIVE_UTC, JsonOption.UTC_Z))
			.isEqualTo("[\"12:00:00\",\"2000-01-01\"]");
	}

	@Test
	void timeWithOffsetFails() {
		assertThatThrownBy(() -> Json.dumps(OffsetTime.of(1, 2, 3, 0, ZoneOffset.UTC))).isInstanceOf(JsonEncodeException.class)
			.hasMessage("datetime.time must not have tzinfo set");
	}

	@Test
	void passthroughDatetimeSendsTimesToTheFallback() {
		assertThat(dumps(List.of(NAIVE, LocalDate.of(2000, 1, 1), Instant.EPOCH), (value) -> value.getClass().getSimpleName(),
				JsonOption.PASSTHROUGH_DATETIME))
			.isEqualTo("[\"LocalDateTime\",\"LocalDate\",\"Instant\"]");
		assertThatThrownBy(() -> Json.dumps(NAIVE, JsonOption.PASSTHROUGH_DATETIME)).isInstanceOf(JsonEncodeException.class)
			.hasMessage("Type is not JSON serializable: java.time.LocalDateTime");
	}

	@Test
	void sqlTypesAreRecognisedByName() {
		java.sql.Timestamp timestamp = java.sql.Timestamp.from(Instant.ofEpochSecond(0, 123_456_789));
		assertThat(dumps(timestamp)).isEqualTo("\"1970-01-01T00:00:00.123456+00:00\"");
		assertThat(dumps(java.sql.Date.valueOf(LocalDate.of(2020, 2, 29)))).isEqualTo("\"2020-02-29\"");
		assertThat(dumps(java.sql.Time.valueOf(LocalTime.of(23, 59, 58)))).isEqualTo("\"23:59:58\"");
	}

	@Test
	void matchesIsoFormattingForRandomValues() {
		Random random = new Random(20261122);
		DateTimeFormatter micros = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS");
		DateTimeFormatter seconds = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");
		for (int i = 0; i < 20_000; i++) {
			// years 0001 to 9999
			long epochSecond = Math.floorMod(random.nextLong(), 315_537_897_600L) - 62_135_596_800L;
			LocalDateTime time = LocalDateTime.ofEpochSecond(epochSecond, random.nextInt(1_000_000) * 1000, ZoneOffset.UTC);
			String expected = (time.getNano() == 0 ? seconds : micros).format(time);
			assertThat(dumps(time)).isEqualTo("\"" + expected + "\"");
		}
	}
}
