package io.jsoncore;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A property over seeded random records: {@code loads(dumps(r), R.class)} equals {@code r}, for strings of any
 * code points (every control character, surrogate pairs), every integer and double edge, java.time at
 * microsecond precision, optionals, lists, maps and nested records.
 */
class RandomRecordRoundTripTest {

	enum Kind {
		SMALL, LARGE, ÜBER
	}

	record Leaf(String text, char letter, int count, long big, double ratio, float small, boolean flag, Kind kind) {
	}

	record Node(UUID id, Optional<String> label, List<Leaf> leaves, Map<String, Long> totals, Node child,
			LocalDateTime at, Instant stamp, LocalDate day, BigDecimal amount, BigInteger huge, short tiny,
			byte[] blob) {

		// byte[] compares by identity in a record's equals; compare what a user would
		boolean same(Node other) {
			return other != null && this.id.equals(other.id) && this.label.equals(other.label)
					&& this.leaves.equals(other.leaves) && this.totals.equals(other.totals)
					&& (this.child == null ? other.child == null : this.child.same(other.child))
					&& this.at.equals(other.at) && this.stamp.equals(other.stamp) && this.day.equals(other.day)
					&& this.amount.equals(other.amount) && this.huge.equals(other.huge) && this.tiny == other.tiny
					&& java.util.Arrays.equals(this.blob, other.blob);
		}
	}

	private static final int[] INT_EDGES = { 0, 1, -1, Integer.MIN_VALUE, Integer.MAX_VALUE, 127, -128, 65535 };

	private static final long[] LONG_EDGES = { 0, Long.MIN_VALUE, Long.MAX_VALUE, (1L << 53) - 1, -(1L << 53) + 1,
			1L << 53, 999_999_999_999_999_999L, -1_000_000_000_000_000_000L };

	private static final double[] DOUBLE_EDGES = { 0.0, -0.0, Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE,
			Double.MIN_NORMAL, 1e16, 1e-7, 0.1, 123456789.123, 5e-324 };

	@Test
	void randomRecordsSurviveDumpsThenLoads() {
		Random random = new Random(20261122);
		JsonCodec codec = JsonCodec.defaults();
		int nodes = 0;
		for (int i = 0; i < 2_000; i++) {
			Node node = node(random, 0);
			byte[] json = codec.dumps(node);
			Node back = codec.loads(json, Node.class);
			assertThat(back.same(node)).as("record %d: %s", i, new String(json, java.nio.charset.StandardCharsets.UTF_8))
				.isTrue();
			for (Node n = node; n != null; n = n.child) {
				nodes++;
			}
		}
		assertThat(nodes).isGreaterThan(4_000);
	}

	private static Node node(Random random, int depth) {
		List<Leaf> leaves = new ArrayList<>();
		for (int n = random.nextInt(5); n > 0; n--) {
			leaves.add(leaf(random));
		}
		Map<String, Long> totals = new LinkedHashMap<>();
		for (int n = random.nextInt(4); n > 0; n--) {
			totals.put(text(random), randomLong(random));
		}
		Node child = (depth < 6 && random.nextInt(3) > 0) ? node(random, depth + 1) : null;
		LocalDateTime at = LocalDateTime.of(1 + random.nextInt(9999), 1 + random.nextInt(12), 1 + random.nextInt(28),
				random.nextInt(24), random.nextInt(60), random.nextInt(60), random.nextInt(1_000_000) * 1000);
		Instant stamp = Instant.ofEpochSecond(random.nextInt(Integer.MAX_VALUE), random.nextInt(1_000_000) * 1000L)
			.truncatedTo(ChronoUnit.MICROS);
		byte[] blob = new byte[random.nextInt(12)];
		random.nextBytes(blob);
		return new Node(new UUID(random.nextLong(), random.nextLong()),
				random.nextBoolean() ? Optional.of(text(random)) : Optional.empty(), leaves, totals, child, at, stamp,
				LocalDate.ofEpochDay(random.nextInt(2_000_000) - 700_000).withYear(1 + random.nextInt(9999)),
				new BigDecimal(new BigInteger(80, random), random.nextInt(40) - 20),
				new BigInteger(200, random).subtract(BigInteger.ONE.shiftLeft(199)), (short) random.nextInt(),
				blob);
	}

	private static Leaf leaf(Random random) {
		float small = Float.intBitsToFloat(random.nextInt());
		if (Float.isNaN(small) || Float.isInfinite(small)) {
			small = 1.5f;
		}
		return new Leaf(text(random), (char) (0x20 + random.nextInt(0xD000)), random.nextBoolean()
				? INT_EDGES[random.nextInt(INT_EDGES.length)] : random.nextInt(), randomLong(random),
				randomDouble(random), small, random.nextBoolean(), Kind.values()[random.nextInt(3)]);
	}

	private static long randomLong(Random random) {
		return random.nextBoolean() ? LONG_EDGES[random.nextInt(LONG_EDGES.length)] : random.nextLong();
	}

	private static double randomDouble(Random random) {
		if (random.nextBoolean()) {
			return DOUBLE_EDGES[random.nextInt(DOUBLE_EDGES.length)];
		}
		while (true) {
			double value = Double.longBitsToDouble(random.nextLong());
			if (!Double.isNaN(value) && !Double.isInfinite(value)) {
				return value;
			}
		}
	}

	// Control characters, escapes, Latin-1, CJK, and surrogate pairs of astral code points.
	private static String text(Random random) {
		StringBuilder text = new StringBuilder();
		for (int n = random.nextInt(12); n > 0; n--) {
			switch (random.nextInt(5)) {
				case 0 -> text.append((char) random.nextInt(0x20));
				case 1 -> text.append("\"\\/\u007f".charAt(random.nextInt(4)));
				case 2 -> text.append((char) (0x20 + random.nextInt(0xE0)));
				case 3 -> text.append((char) (0x4E00 + random.nextInt(0x5000)));
				default -> text.appendCodePoint(0x10000 + random.nextInt(0x100000));
			}
		}
		return text.toString();
	}
}
