package io.jsoncore.unloading;

import java.util.List;
import java.util.Map;

/** Loaded by {@code ClassUnloadingTest} in a class loader of its own, which the test then drops. */
public record Parcel(String id, List<Item> items, Map<String, Item> byName) {

	public record Item(String sku, int quantity) {
	}

	/** A parcel with a label, which only a codec with an adapter for {@link Label} reads. */
	public record Labelled(Parcel parcel, Label label) {
	}

	/** A value type with no mapping of its own: only the test's adapter knows it. */
	public static final class Label {

		private final String text;

		public Label(String text) {
			this.text = text;
		}

		@Override
		public String toString() {
			return this.text;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Label && ((Label) other).text.equals(this.text);
		}

		@Override
		public int hashCode() {
			return this.text.hashCode();
		}
	}

	/** Its generic return type is the test's {@code List<Parcel>}, made by the JDK. */
	public static List<Parcel> many() {
		return List.of(sample());
	}

	/** Its generic return type is the test's {@code Map<String, Parcel>}. */
	public static Map<String, Parcel> byKey() {
		return Map.of("k", sample());
	}

	public static Parcel sample() {
		Item item = new Item("a-1", 2);
		return new Parcel("p1", List.of(item), Map.of("a", item));
	}
}
