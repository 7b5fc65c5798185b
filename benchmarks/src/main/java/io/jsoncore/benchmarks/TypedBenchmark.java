package io.jsoncore.benchmarks;

import java.util.concurrent.TimeUnit;

import io.jsoncore.Json;
import io.jsoncore.corpus.citm.CitmCatalog;
import io.jsoncore.corpus.twitter.TwitterSearch;
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
 * Spring's workload: bytes to records and records to bytes (the corpus-models module), for twitter and
 * citm_catalog. Both libraries read the same records and write nulls, so they write the same document.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TypedBenchmark {

	@Param({ "twitter", "citm_catalog" })
	public String corpus;

	@Param("../shared/corpus")
	public String corpusDir;

	private byte[] bytes;

	private Class<?> type;

	private Object model;

	private JsonMapper jackson;

	@Setup
	public void setUp() {
		this.bytes = Corpus.read(this.corpusDir, this.corpus);
		this.type = this.corpus.equals("twitter") ? TwitterSearch.class : CitmCatalog.class;
		this.model = Json.loads(this.bytes, this.type);
		this.jackson = JsonMapper.builder().build();
		// What each library reads and writes back must be the same tree, or the comparison means nothing.
		Object jacksonModel = this.jackson.readValue(this.bytes, this.type);
		if (!Json.loads(this.jackson.writeValueAsBytes(jacksonModel)).equals(Json.loads(Json.dumps(this.model)))) {
			throw new IllegalStateException("Jackson and jsoncore bind " + this.corpus + " differently");
		}
	}

	@Benchmark
	public Object loadsJsoncore() {
		return Json.loads(this.bytes, this.type);
	}

	@Benchmark
	public Object loadsJackson() {
		return this.jackson.readValue(this.bytes, this.type);
	}

	@Benchmark
	public byte[] dumpsJsoncore() {
		return Json.dumps(this.model);
	}

	@Benchmark
	public byte[] dumpsJackson() {
		return this.jackson.writeValueAsBytes(this.model);
	}
}
