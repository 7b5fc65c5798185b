package io.jsoncore.benchmarks;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.alibaba.fastjson2.JSON;
import io.jsoncore.Json;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Why string writing is where jsoncore trails fastjson2: every string value of github.json (ASCII, mostly URLs)
 * written as one JSON array of strings. {@code latin1CopyFloor} is what a writer could do that could see a String's
 * bytes: copy them in bulk and check 8 at a time for a quote, a backslash or a control character. fastjson2 reads
 * them through {@code sun.misc.Unsafe}; jsoncore, which uses no internal API, can only read a String a char at a
 * time ({@code charAt}) or copy it into a new array first. The floor is only right here because the setup checks
 * that every string is plain ASCII; it is not a JSON writer. Not part of {@code benchmarks/run}:
 * {@code java -jar benchmarks/target/benchmarks.jar StringWriteBenchmark -p corpusDir=../shared/corpus}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StringWriteBenchmark {

	private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
			ByteOrder.LITTLE_ENDIAN);

	@Param("../shared/corpus")
	public String corpusDir;

	private List<String> strings;

	private byte[] floorBuffer;

	@Setup
	public void setUp() {
		List<String> found = new ArrayList<>();
		collect(Json.loads(Corpus.read(this.corpusDir, "github")), found);
		int bytes = 2;
		for (String string : found) {
			for (int i = 0; i < string.length(); i++) {
				char c = string.charAt(i);
				if (c >= 0x80 || c < 0x20 || c == '"' || c == '\\') {
					throw new IllegalStateException("not plain ASCII, so the floor would be wrong: " + string);
				}
			}
			bytes += string.length() + 3;
		}
		this.strings = found;
		this.floorBuffer = new byte[bytes + 8];
		Same.written("fastjson2", this.strings, jsonFastjson2());
	}

	private static void collect(Object value, List<String> into) {
		if (value instanceof String) {
			String string = (String) value;
			boolean plain = string.chars().allMatch((c) -> c < 0x80 && c >= 0x20 && c != '"' && c != '\\');
			if (plain) {
				into.add(string);
			}
		}
		else if (value instanceof Map) {
			((Map<?, ?>) value).values().forEach((v) -> collect(v, into));
		}
		else if (value instanceof List) {
			((List<?>) value).forEach((v) -> collect(v, into));
		}
	}

	@Benchmark
	public byte[] jsoncore() {
		return Json.dumps(this.strings);
	}

	@Benchmark
	public byte[] jsonFastjson2() {
		return JSON.toJSONBytes(this.strings);
	}

	@Benchmark
	@SuppressWarnings("deprecation") // String.getBytes(int, int, byte[], int): the low byte of each char, no array made
	public byte[] latin1CopyFloor() {
		byte[] out = this.floorBuffer;
		int p = 0;
		out[p++] = '[';
		for (String string : this.strings) {
			int length = string.length();
			out[p++] = '"';
			string.getBytes(0, length, out, p);
			for (int i = 0; i + 8 <= length; i += 8) {
				long word = (long) LONGS.get(out, p + i);
				long quotes = hasZeroByte(word ^ 0x2222222222222222L);
				long backslashes = hasZeroByte(word ^ 0x5C5C5C5C5C5C5C5CL);
				long controls = (word - 0x2020202020202020L) & ~word;
				if (((quotes | backslashes | controls | word) & 0x8080808080808080L) != 0) {
					throw new IllegalStateException("checked plain in setUp");
				}
			}
			p += length;
			out[p++] = '"';
			out[p++] = ',';
		}
		out[p - 1] = ']';
		return Arrays.copyOf(out, p); // as the writers return a new array of the document

	}

	private static long hasZeroByte(long x) {
		return (x - 0x0101010101010101L) & ~x;
	}
}
