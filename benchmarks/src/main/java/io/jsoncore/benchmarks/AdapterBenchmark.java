package io.jsoncore.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import io.jsoncore.JsonAdapter;
import io.jsoncore.JsonCodec;
import io.jsoncore.JsonReader;
import io.jsoncore.JsonWriter;
import io.jsoncore.TypeRef;
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
 * What an adapter costs: 1,000 records whose two value components are built-in types ({@code UUID}, {@code long})
 * against the same records with those components as value types of the application's own ({@code Ref},
 * {@code Cents}) written and read through adapters. Both write the same bytes, so the difference is the adapters'.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AdapterBenchmark {

	record PlainLine(String sku, UUID ref, long cents) {
	}

	record Ref(UUID id) {
	}

	record Cents(long value) {
	}

	record AdaptedLine(String sku, Ref ref, Cents cents) {
	}

	static final JsonAdapter<Ref> REF = JsonAdapter.text((ref) -> ref.id().toString(), (text) -> new Ref(UUID.fromString(text)));

	static final JsonAdapter<Cents> CENTS = new JsonAdapter<>() {
		@Override
		public void write(JsonWriter writer, Cents cents) {
			writer.value(cents.value());
		}

		@Override
		public Cents read(JsonReader reader) {
			return new Cents(reader.nextLong());
		}
	};

	private static final TypeRef<List<PlainLine>> PLAIN = new TypeRef<>() {
	};

	private static final TypeRef<List<AdaptedLine>> ADAPTED = new TypeRef<>() {
	};

	/** {@code builtin}: UUID and long components; {@code adapter}: Ref and Cents through their adapters. */
	@Param({ "builtin", "adapter" })
	public String components;

	private JsonCodec codec;

	private Object lines;

	private TypeRef<?> type;

	private byte[] bytes;

	@Setup
	public void setUp() {
		Random random = new Random(42);
		List<PlainLine> plain = new ArrayList<>();
		List<AdaptedLine> adapted = new ArrayList<>();
		for (int i = 0; i < 1_000; i++) {
			UUID id = new UUID(random.nextLong(), random.nextLong());
			long cents = random.nextInt(1_000_000);
			plain.add(new PlainLine("sku-" + i, id, cents));
			adapted.add(new AdaptedLine("sku-" + i, new Ref(id), new Cents(cents)));
		}
		this.codec = JsonCodec.builder().adapter(Ref.class, REF).adapter(Cents.class, CENTS).build();
		boolean builtIn = this.components.equals("builtin");
		this.lines = builtIn ? plain : adapted;
		this.type = builtIn ? PLAIN : ADAPTED;
		this.bytes = this.codec.dumps(this.lines);
		if (!Arrays.equals(this.bytes, JsonCodec.defaults().dumps(plain))) {
			throw new IllegalStateException("the adapters write other bytes than the built-in types");
		}
		if (!this.codec.loads(this.bytes, this.type).equals(this.lines)) {
			throw new IllegalStateException("the records do not read back equal");
		}
	}

	@Benchmark
	public byte[] dumps() {
		return this.codec.dumps(this.lines);
	}

	@Benchmark
	public Object loads() {
		return this.codec.loads(this.bytes, this.type);
	}
}
