package io.jsoncore;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.AbstractList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StreamingDumpsTest {

	record Row(int id, String name, List<Double> values) {
	}

	/** Records each write's length, so a test sees how the document was cut. */
	static final class ChunkRecorder extends OutputStream {

		final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

		final List<Integer> writes = new ArrayList<>();

		@Override
		public void write(int b) {
			throw new AssertionError("the codec writes arrays, never single bytes");
		}

		@Override
		public void write(byte[] b, int off, int len) {
			this.writes.add(len);
			this.bytes.write(b, off, len);
		}
	}

	static List<Row> rows(int count) {
		return new AbstractList<>() {
			@Override
			public Row get(int index) {
				return new Row(index, "row-" + index, List.of(index * 0.5, -1.25));
			}

			@Override
			public int size() {
				return count;
			}
		};
	}

	@Test
	void streamedBytesEqualTheWholeDocument() throws IOException {
		for (JsonCodec codec : List.of(JsonCodec.defaults(), JsonCodec.builder().options(JsonOption.INDENT_2,
				JsonOption.APPEND_NEWLINE).build())) {
			Object value = Map.of("rows", rows(5_000), "empty", List.of(), "nested", List.of(Map.of(), rows(3)));
			ChunkRecorder out = new ChunkRecorder();
			codec.dumps(value, out, 1024);
			assertThat(out.bytes.toByteArray()).isEqualTo(codec.dumps(value));
		}
	}

	@Test
	void chunksStayNearTheChunkSize() throws IOException {
		ChunkRecorder out = new ChunkRecorder();
		JsonCodec.defaults().dumps(rows(20_000), out, 4096);
		// Every chunk but the last is cut at the first entry boundary at or past 4096 bytes; one row is < 60 bytes.
		List<Integer> chunks = out.writes.subList(0, out.writes.size() - 1);
		assertThat(chunks).hasSizeGreaterThan(100).allSatisfy((length) -> assertThat(length).isBetween(4096, 4096 + 60));
		assertThat(out.writes.get(out.writes.size() - 1)).isLessThanOrEqualTo(4096 + 60);
	}

	@Test
	void smallDocumentIsOneWrite() throws IOException {
		ChunkRecorder out = new ChunkRecorder();
		JsonCodec.defaults().dumps(List.of(1, 2, 3), out, 64 * 1024);
		assertThat(out.writes).containsExactly(7);
		assertThat(out.bytes.toString()).isEqualTo("[1,2,3]");
	}

	@Test
	void failureAfterAChunkKeepsWhatWasPassedOn() {
		List<Object> value = new ArrayList<>(rows(1_000));
		value.add(new Object());
		ChunkRecorder out = new ChunkRecorder();
		assertThatThrownBy(() -> JsonCodec.defaults().dumps(value, out, 1024)).isInstanceOf(JsonEncodeException.class)
			.hasMessage("Type is not JSON serializable: java.lang.Object");
		assertThat(out.bytes.size()).isGreaterThanOrEqualTo(1024);
		assertThat(out.bytes.toString()).startsWith("[{\"id\":0,\"name\":\"row-0\",\"values\":[0.0,-1.25]},");
	}

	@Test
	void streamFailureIsThrownAsIs() {
		IOException broken = new IOException("Broken pipe");
		OutputStream failing = new OutputStream() {
			@Override
			public void write(int b) throws IOException {
				throw broken;
			}

			@Override
			public void write(byte[] b, int off, int len) throws IOException {
				throw broken;
			}
		};
		assertThatThrownBy(() -> JsonCodec.defaults().dumps(rows(1_000), failing, 512)).isSameAs(broken);
	}

	@Test
	void encoderIsReusableAfterAStreamingFailure() throws IOException {
		List<Object> value = new ArrayList<>(rows(100));
		value.add(new Object());
		for (int i = 0; i < 20; i++) {
			assertThatThrownBy(() -> JsonCodec.defaults().dumps(value, OutputStream.nullOutputStream(), 16))
				.isInstanceOf(JsonEncodeException.class);
		}
		// The pooled encoders went back without their sink: a plain dumps of a large document is whole.
		List<Row> large = rows(2_000);
		assertThat(new String(Json.dumps(large))).hasSize(JsonCodec.defaults().dumps(large).length)
			.startsWith("[{\"id\":0,").endsWith("\"values\":[999.5,-1.25]}]");
	}

	@Test
	void chunkSizeMustBePositive() {
		assertThatIllegalArgumentException().isThrownBy(() -> JsonCodec.defaults().dumps(1, OutputStream.nullOutputStream(), 0))
			.withMessage("chunkSize must be at least 1, was 0");
	}
}
