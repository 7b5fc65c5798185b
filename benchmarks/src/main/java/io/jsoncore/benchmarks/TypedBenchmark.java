package io.jsoncore.benchmarks;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import com.alibaba.fastjson2.JSON;
import com.alibaba.fastjson2.JSONWriter;
import com.dslplatform.json.DslJson;
import com.dslplatform.json.JsonReader;
import com.dslplatform.json.JsonWriter;
import com.dslplatform.json.runtime.Settings;
import io.avaje.jsonb.JsonType;
import io.avaje.jsonb.Jsonb;
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
 * Spring's workload: bytes to records and records to bytes, for twitter and citm_catalog (the corpus-models
 * records) and the reference endpoint's small body ({@link Endpoint}). Every library reads the same records and
 * writes nulls (fastjson2 and avaje-jsonb are told to; they drop them by default), so all write the same document.
 *
 * <p>DSL-JSON and avaje-jsonb use only the adapters their annotation processors generated ({@link CorpusModels},
 * {@link Endpoint}, and {@link MetadataConverter} where DSL-JSON's processor gives up): the setup fails if
 * DSL-JSON would fall back to reflection. fastjson2 binds records through its own runtime code generation, and
 * binds {@code Map} components to {@code HashMap} where the others build a {@code LinkedHashMap}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TypedBenchmark {

	private static final JSONWriter.Feature[] FASTJSON2_WRITE = { JSONWriter.Feature.WriteNulls };

	@Param({ "twitter", "citm_catalog", "endpoint" })
	public String corpus;

	@Param("../shared/corpus")
	public String corpusDir;

	private byte[] bytes;

	private Class<?> type;

	private Object model;

	private JsonMapper jackson;

	private DslJson<Object> dslJson;

	// DSL-JSON's own advice for byte[] output: one writer per thread, reset before each document.
	private JsonWriter dslJsonWriter;

	private JsonType<Object> avaje;

	@Setup
	@SuppressWarnings("unchecked")
	public void setUp() throws IOException {
		this.bytes = switch (this.corpus) {
			case "endpoint" -> Endpoint.PAYLOAD.clone();
			default -> Corpus.read(this.corpusDir, this.corpus);
		};
		this.type = switch (this.corpus) {
			case "twitter" -> TwitterSearch.class;
			case "citm_catalog" -> CitmCatalog.class;
			case "endpoint" -> Endpoint.class;
			default -> throw new IllegalArgumentException("no record for corpus " + this.corpus);
		};
		this.model = Json.loads(this.bytes, this.type);
		this.jackson = JsonMapper.builder().build();
		// basicSetup: the generated converters (found through ServiceLoader) and the runtime ones for List<Object>
		// and Map; a record the processor missed would fall back to reflection, hence the check below.
		this.dslJson = new DslJson<>(Settings.basicSetup()
			.unknownNumbers(JsonReader.UnknownNumberParsing.LONG_AND_DOUBLE));
		this.dslJsonWriter = this.dslJson.newWriter();
		Object dslJsonReader = this.dslJson.tryFindReader(this.type);
		if (dslJsonReader == null || !dslJsonReader.getClass().getName().contains("_DslJsonConverter")) {
			throw new IllegalStateException("DSL-JSON has no generated converter for " + this.type.getName() + " but "
					+ dslJsonReader + ": is its annotation processor on the compiler's processor path?");
		}
		this.avaje = (JsonType<Object>) Jsonb.builder().serializeNulls(true).build().type(this.type);
		// Each library must bind the same records and write them as the same document, or the comparison
		// means nothing.
		Same.value("Jackson's " + this.type.getSimpleName(), this.model, loadsJackson());
		Same.value("fastjson2's " + this.type.getSimpleName(), this.model, loadsFastjson2());
		Same.value("DSL-JSON's " + this.type.getSimpleName(), this.model, loadsDslJson());
		Same.value("avaje-jsonb's " + this.type.getSimpleName(), this.model, loadsAvajeJsonb());
		Same.written("Jackson", this.model, dumpsJackson());
		Same.written("fastjson2", this.model, dumpsFastjson2());
		Same.written("DSL-JSON", this.model, dumpsDslJson());
		Same.written("avaje-jsonb", this.model, dumpsAvajeJsonb());
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
	public Object loadsFastjson2() {
		return JSON.parseObject(this.bytes, this.type);
	}

	@Benchmark
	public Object loadsDslJson() throws IOException {
		return this.dslJson.deserialize(this.type, this.bytes, this.bytes.length);
	}

	@Benchmark
	public Object loadsAvajeJsonb() {
		return this.avaje.fromJson(this.bytes);
	}

	@Benchmark
	public byte[] dumpsJsoncore() {
		return Json.dumps(this.model);
	}

	@Benchmark
	public byte[] dumpsJackson() {
		return this.jackson.writeValueAsBytes(this.model);
	}

	@Benchmark
	public byte[] dumpsFastjson2() {
		return JSON.toJSONBytes(this.model, FASTJSON2_WRITE);
	}

	@Benchmark
	public byte[] dumpsDslJson() throws IOException {
		JsonWriter writer = this.dslJsonWriter;
		writer.reset();
		this.dslJson.serialize(writer, this.model);
		return writer.toByteArray();
	}

	@Benchmark
	public byte[] dumpsAvajeJsonb() {
		return this.avaje.toJsonBytes(this.model);
	}
}
