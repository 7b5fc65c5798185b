package io.jsoncore.benchmarks;

import java.util.concurrent.TimeUnit;

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
 * library parses decimals to {@code double} (Jackson's default) and writes the same tree, the one jsoncore's
 * {@code loads} built.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class UntypedBenchmark {

	@Param({ "twitter", "citm_catalog", "canada", "github" })
	public String corpus;

	@Param("../shared/corpus")
	public String corpusDir;

	private byte[] bytes;

	private Object tree;

	private JsonMapper jackson;

	@Setup
	public void setUp() {
		this.bytes = Corpus.read(this.corpusDir, this.corpus);
		this.tree = Json.loads(this.bytes);
		this.jackson = JsonMapper.builder().build();
		// The same tree must come back from each library, or the comparison means nothing.
		if (!this.jackson.readValue(this.bytes, Object.class).toString().equals(this.tree.toString())) {
			throw new IllegalStateException("Jackson and jsoncore read " + this.corpus + " differently");
		}
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
	public byte[] dumpsJsoncore() {
		return Json.dumps(this.tree);
	}

	@Benchmark
	public byte[] dumpsJackson() {
		return this.jackson.writeValueAsBytes(this.tree);
	}
}
