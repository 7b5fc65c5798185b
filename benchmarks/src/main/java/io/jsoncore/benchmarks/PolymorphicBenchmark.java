package io.jsoncore.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import io.jsoncore.Json;
import io.jsoncore.JsonCodec;
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
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Polymorphic bodies: 1,000 values of a sealed hierarchy with Jackson's {@code @JsonTypeInfo} (so both libraries
 * write the same bytes: the discriminator first), written and read by json-core and Jackson 3. {@code last} reads
 * the same objects with every discriminator moved last, where json-core walks each object once to find it and
 * Jackson buffers the properties before it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PolymorphicBenchmark {

	@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
	sealed interface Shape permits Circle, Rect, Label {
	}

	@JsonTypeName("circle")
	record Circle(double x, double y, double radius) implements Shape {
	}

	@JsonTypeName("rect")
	record Rect(double x, double y, double width, double height, String fill) implements Shape {
	}

	@JsonTypeName("label")
	record Label(double x, double y, String text, List<String> fonts) implements Shape {
	}

	private static final TypeRef<List<Shape>> SHAPES = new TypeRef<>() {
	};

	private static final TypeReference<List<Shape>> JACKSON_SHAPES = new TypeReference<>() {
	};

	/** {@code first}: as both libraries write it; {@code last}: every discriminator moved to its object's end. */
	@Param({ "first", "last" })
	public String discriminator;

	private List<Shape> shapes;

	private byte[] bytes;

	private JsonMapper jackson;

	@Setup
	public void setUp() {
		Random random = new Random(42);
		this.shapes = new ArrayList<>();
		for (int i = 0; i < 1_000; i++) {
			double x = random.nextInt(1_000);
			double y = random.nextInt(1_000) / 4.0;
			this.shapes.add(switch (i % 3) {
				case 0 -> new Circle(x, y, random.nextInt(50) + 0.5);
				case 1 -> new Rect(x, y, random.nextInt(300), random.nextInt(200), "#" + Integer.toHexString(i * 7919));
				default -> new Label(x, y, "label " + i, List.of("Inter", "sans-serif"));
			});
		}
		this.jackson = JsonMapper.builder().disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY).build();
		byte[] written = Json.dumps(this.shapes);
		if (!Arrays.equals(written, this.jackson.writerFor(JACKSON_SHAPES).writeValueAsBytes(this.shapes))) {
			throw new IllegalStateException("json-core and Jackson write other bytes");
		}
		this.bytes = this.discriminator.equals("first") ? written : discriminatorsLast(written);
		if (!JsonCodec.defaults().loads(this.bytes, SHAPES).equals(this.shapes)
				|| !this.jackson.readValue(this.bytes, JACKSON_SHAPES).equals(this.shapes)) {
			throw new IllegalStateException("the shapes do not read back equal");
		}
	}

	@SuppressWarnings("unchecked")
	private static byte[] discriminatorsLast(byte[] json) {
		List<Object> moved = new ArrayList<>();
		for (Object element : (List<Object>) Json.loads(json)) {
			Map<String, Object> object = new java.util.LinkedHashMap<>((Map<String, Object>) element);
			Object type = object.remove("type");
			object.put("type", type);
			moved.add(object);
		}
		byte[] last = Json.dumps(moved);
		if (new String(last, StandardCharsets.UTF_8).startsWith("[{\"type\"")) {
			throw new IllegalStateException("the discriminator did not move");
		}
		return last;
	}

	@Benchmark
	public byte[] dumpsJsoncore() {
		return JsonCodec.defaults().dumps(this.shapes);
	}

	@Benchmark
	public byte[] dumpsJackson() {
		return this.jackson.writerFor(JACKSON_SHAPES).writeValueAsBytes(this.shapes);
	}

	@Benchmark
	public Object loadsJsoncore() {
		return JsonCodec.defaults().loads(this.bytes, SHAPES);
	}

	@Benchmark
	public Object loadsJackson() {
		return this.jackson.readValue(this.bytes, JACKSON_SHAPES);
	}
}
