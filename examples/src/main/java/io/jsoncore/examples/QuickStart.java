package io.jsoncore.examples;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.jsoncore.Fragment;
import io.jsoncore.Json;
import io.jsoncore.JsonOption;
import io.jsoncore.TypeRef;

public class QuickStart {

	record Line(String sku, int qty, BigDecimal price) {
	}

	record Order(UUID id, Instant placed, List<Line> lines) {
	}

	/** A class json-core cannot write by itself: not a record, no getters. */
	static final class Money {

		private final long cents;

		Money(long cents) {
			this.cents = cents;
		}

		@Override
		public String toString() {
			return (this.cents / 100) + "." + String.format("%02d", this.cents % 100) + " EUR";
		}
	}

	public static void main(String[] args) {
		Order order = new Order(UUID.fromString("7202d115-7ff3-4c81-a7c1-2a1f067b1ece"),
				Instant.parse("2026-11-22T01:09:54Z"), List.of(new Line("A-1", 2, new BigDecimal("9.90"))));

		byte[] json = Json.dumps(order);
		print(json); // prints {"id":"7202d115-7ff3-4c81-a7c1-2a1f067b1ece","placed":"2026-11-22T01:09:54+00:00","lines":[{"sku":"A-1","qty":2,"price":9.90}]}

		Order read = Json.loads(json, Order.class);
		System.out.println(read.equals(order)); // prints true

		byte[] many = Json.dumps(List.of(order, order));
		List<Order> orders = Json.loads(many, new TypeRef<List<Order>>() {
		});
		System.out.println(orders.size()); // prints 2

		Object tree = Json.loads("{\"a\":[1,2.5,null,true]}");
		System.out.println(tree); // prints {a=[1, 2.5, null, true]}

		print(Json.dumps(Map.of("b", 1, "a", List.of()), JsonOption.INDENT_2, JsonOption.SORT_KEYS));
		// prints {
		// prints   "a": [],
		// prints   "b": 1
		// prints }

		// A fallback writes what json-core does not know; without it, Money would fail with
		// "Type is not JSON serializable: io.jsoncore.examples.QuickStart$Money".
		print(Json.dumps(Map.of("total", new Money(990)), value -> value instanceof Money ? value.toString() : null));
		// prints {"total":"9.90 EUR"}

		// A Fragment is JSON written already, inserted as it is.
		print(Json.dumps(List.of(1, new Fragment("{\"pre\":\"rendered\"}"))));
		// prints [1,{"pre":"rendered"}]
	}

	private static void print(byte[] json) {
		System.out.println(new String(json, StandardCharsets.UTF_8));
	}
}
