package io.jsoncore.benchmarks;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import com.alibaba.fastjson2.JSON;
import com.alibaba.fastjson2.JSONReader;
import com.alibaba.fastjson2.JSONWriter;
import com.dslplatform.json.DslJson;
import com.dslplatform.json.JsonReader;
import com.dslplatform.json.JsonWriter;
import com.dslplatform.json.runtime.Settings;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * orjson's workload: bytes to an untyped tree and the tree back to bytes, on the four standard corpora. Every
 * library parses decimals to {@code double}, as jsoncore does (Jackson by default, fastjson2 with
 * {@code UseDoubleForDecimals}, DSL-JSON with {@code LONG_AND_DOUBLE}), and every writer is given the same tree,
 * the one jsoncore's {@code loads} built. fastjson2 is told to write null map values, which it drops by default.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class UntypedBenchmark {

	private static final JSONReader.Feature[] FASTJSON2_READ = { JSONReader.Feature.UseDoubleForDecimals };

	private static final JSONWriter.Feature[] FASTJSON2_WRITE = { JSONWriter.Feature.WriteNulls };

	@Param({ "twitter", "citm_catalog", "canada", "github" })
	public String corpus;

	@Param("../shared/corpus")
	public String corpusDir;

	private byte[] bytes;

	private Object tree;

	private JsonMapper jackson;

	private DslJson<Object> dslJson;

	// DSL-JSON's own advice for byte[] output: one writer per thread, reset before each document.
	private JsonWriter dslJsonWriter;

	@Setup
	public void setUp() throws IOException {
		this.bytes = Corpus.read(this.corpusDir, this.corpus);
		this.tree = Json.loads(this.bytes);
		this.jackson = JsonMapper.builder().build();
		this.dslJson = new DslJson<>(Settings.withRuntime()
			.includeServiceLoader()
			.unknownNumbers(JsonReader.UnknownNumberParsing.LONG_AND_DOUBLE));
		this.dslJsonWriter = this.dslJson.newWriter();
		// The same tree must come back from each library, and each must write it as the same document,
		// or the comparison means nothing.
		Same.value("Jackson's tree of " + this.corpus, this.tree, loadsJackson());
		Same.value("fastjson2's tree of " + this.corpus, this.tree, loadsFastjson2());
		Same.value("DSL-JSON's tree of " + this.corpus, this.tree, loadsDslJson());
		Same.written("Jackson", this.tree, dumpsJackson());
		Same.written("fastjson2", this.tree, dumpsFastjson2());
		Same.written("DSL-JSON", this.tree, dumpsDslJson());
	}

	@Benchmark
	public Object loadsJsoncore() {
		return Json.loads(this.bytes);
	}

	@Benchmark
	public Object loadsJackson() {
		return this.jackson.readValue(this.bytes, Object.class);
	}

	@Benchmark
	public Object loadsFastjson2() {
		return JSON.parse(this.bytes, FASTJSON2_READ);
	}

	@Benchmark
	public Object loadsDslJson() throws IOException {
		return this.dslJson.deserialize(Object.class, this.bytes, this.bytes.length);
	}

	@Benchmark
	public byte[] dumpsJsoncore() {
		return Json.dumps(this.tree);
	}

	@Benchmark
	public byte[] dumpsJackson() {
		return this.jackson.writeValueAsBytes(this.tree);
	}

	@Benchmark
	public byte[] dumpsFastjson2() {
		return JSON.toJSONBytes(this.tree, FASTJSON2_WRITE);
	}

	@Benchmark
	public byte[] dumpsDslJson() throws IOException {
		JsonWriter writer = this.dslJsonWriter;
		writer.reset();
		this.dslJson.serialize(writer, this.tree);
		return writer.toByteArray();
	}
}
