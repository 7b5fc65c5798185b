package io.jsoncore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random values of types known only through adapters, of four shapes (a string, an object that nests other adapted
 * values, an array, a number), in random containers, under random options: each reads back equal to what was
 * written. Seeded, so a failure names the seed that repeats it.
 */
class AdapterRoundTripTest {

	/** Written as one string. */
	record Code(String text) {
	}

	/** Written as an object holding a Code and a list of them, through the codec. */
	record Pair(String name, Code code, List<Code> more) {
	}

	/** Written as an array of a long, a double, a boolean and a nullable string. */
	record Cell(long number, double ratio, boolean flag, String note) {
	}

	/** Written as a bare number. */
	record Amount(long cents) {
	}

	record Bag(List<Code> codes, Map<String, Pair> pairs, Cell[] cells, Optional<Amount> amount, List<List<Pair>> nested,
			Amount primitiveLike) {

		@Override
		public boolean equals(Object other) {
			return other instanceof Bag bag && bag.codes.equals(this.codes) && bag.pairs.equals(this.pairs)
					&& Arrays.equals(bag.cells, this.cells) && bag.amount.equals(this.amount)
					&& bag.nested.equals(this.nested) && java.util.Objects.equals(bag.primitiveLike, this.primitiveLike);
		}

		@Override
		public int hashCode() {
			return this.codes.hashCode();
		}
	}

	private static final JsonAdapter<Code> CODE = JsonAdapter.text(Code::text, Code::new);

	private static final JsonAdapter<Pair> PAIR = new JsonAdapter<>() {
		@Override
		public void write(JsonWriter writer, Pair pair) {
			writer.beginObject().name("name").value(pair.name()).name("code").value((Object) pair.code());
			writer.name("more").value(pair.more()).endObject();
		}

		@Override
		public Pair read(JsonReader reader) {
			String name = null;
			Code code = null;
			List<Code> more = null;
			reader.beginObject();
			while (reader.hasNext()) {
				switch (reader.nextName()) {
					case "name" -> name = reader.peek() == JsonToken.NULL ? nullValue(reader) : reader.nextString();
					case "code" -> code = reader.read(Code.class);
					case "more" -> more = reader.read(new TypeRef<List<Code>>() { }.type());
					default -> reader.skipValue();
				}
			}
			reader.endObject();
			return new Pair(name, code, more);
		}
	};

	private static final JsonAdapter<Cell> CELL = new JsonAdapter<>() {
		@Override
		public void write(JsonWriter writer, Cell cell) {
			writer.beginArray().value(cell.number()).value(cell.ratio()).value(cell.flag()).value(cell.note()).endArray();
		}

		@Override
		public Cell read(JsonReader reader) {
			reader.beginArray();
			long number = reader.nextLong();
			double ratio = reader.nextDouble();
			boolean flag = reader.nextBoolean();
			String note = reader.peek() == JsonToken.NULL ? nullValue(reader) : reader.nextString();
			reader.endArray();
			return new Cell(number, ratio, flag, note);
		}
	};

	private static final JsonAdapter<Amount> AMOUNT = new JsonAdapter<>() {
		@Override
		public void write(JsonWriter writer, Amount amount) {
			writer.value(amount.cents());
		}

		@Override
		public Amount read(JsonReader reader) {
			return new Amount(reader.nextLong());
		}
	};

	private static <T> T nullValue(JsonReader reader) {
		reader.nextNull();
		return null;
	}

	private static final JsonOption[] OPTIONS = { JsonOption.INDENT_2, JsonOption.SORT_KEYS, JsonOption.APPEND_NEWLINE,
			JsonOption.NON_STR_KEYS };

	@Test
	void randomValuesReadBackEqual() {
		for (long seed = 0; seed < 500; seed++) {
			Random random = new Random(seed);
			JsonCodec.Builder builder = JsonCodec.builder();
			for (JsonOption option : OPTIONS) {
				builder.option(option, random.nextBoolean());
			}
			// registered in a random order, which must not matter
			List<Runnable> registrations = new ArrayList<>(List.of(() -> builder.adapter(Code.class, CODE),
					() -> builder.adapter(Pair.class, PAIR), () -> builder.adapter(Cell.class, CELL),
					() -> builder.adapter(Amount.class, AMOUNT)));
			java.util.Collections.shuffle(registrations, random);
			registrations.forEach(Runnable::run);
			JsonCodec codec = builder.build();
			Bag bag = bag(random);
			byte[] json = codec.dumps(bag);
			assertThat(codec.loads(json, Bag.class)).as("seed %d: %s", seed, new String(json)).isEqualTo(bag);
			assertThat(codec.convert(bag, Bag.class)).as("seed %d", seed).isEqualTo(bag);
		}
	}

	private static Bag bag(Random random) {
		List<Code> codes = new ArrayList<>();
		for (int i = random.nextInt(4); i > 0; i--) {
			codes.add(random.nextInt(5) == 0 ? null : code(random));
		}
		Map<String, Pair> pairs = new LinkedHashMap<>();
		for (int i = random.nextInt(4); i > 0; i--) {
			pairs.put(text(random), random.nextInt(5) == 0 ? null : pair(random));
		}
		Cell[] cells = new Cell[random.nextInt(3)];
		for (int i = 0; i < cells.length; i++) {
			cells[i] = new Cell(random.nextLong(), random.nextInt(3) == 0 ? random.nextInt() : random.nextDouble() * 1e6,
					random.nextBoolean(), random.nextBoolean() ? null : text(random));
		}
		List<List<Pair>> nested = new ArrayList<>();
		for (int i = random.nextInt(3); i > 0; i--) {
			List<Pair> inner = new ArrayList<>();
			for (int j = random.nextInt(3); j > 0; j--) {
				inner.add(pair(random));
			}
			nested.add(inner);
		}
		Optional<Amount> amount = random.nextBoolean() ? Optional.of(new Amount(random.nextLong())) : Optional.empty();
		return new Bag(codes, pairs, cells, amount, nested, random.nextBoolean() ? null : new Amount(random.nextInt()));
	}

	private static Pair pair(Random random) {
		List<Code> more = new ArrayList<>();
		for (int i = random.nextInt(3); i > 0; i--) {
			more.add(code(random));
		}
		return new Pair(random.nextInt(4) == 0 ? null : text(random), random.nextBoolean() ? null : code(random), more);
	}

	private static Code code(Random random) {
		return new Code(text(random));
	}

	// Any text, escapes and characters beyond the BMP included.
	private static String text(Random random) {
		StringBuilder text = new StringBuilder();
		for (int i = random.nextInt(8); i > 0; i--) {
			switch (random.nextInt(4)) {
				case 0 -> text.append((char) ('a' + random.nextInt(26)));
				case 1 -> text.append((char) random.nextInt(0x20));
				case 2 -> text.append("\"\\/\u00e9\u2028");
				default -> text.appendCodePoint(0x1F600 + random.nextInt(32));
			}
		}
		return text.toString();
	}
}
