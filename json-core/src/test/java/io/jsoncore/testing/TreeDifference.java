package io.jsoncore.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Compares two untyped trees exactly as {@code loads} builds them, for tests that must say where they differ. */
public final class TreeDifference {

	private TreeDifference() {
	}

	/**
	 * Where {@code actual} first differs from {@code expected}, or {@code null} where it does not: maps must be
	 * {@code LinkedHashMap}s with the same keys in the same order, lists {@code ArrayList}s, and scalars of the
	 * same class and equal ({@code Double.equals} compares bits, so {@code -0.0} differs from {@code 0.0}).
	 */
	public static String firstDifference(Object expected, Object actual, String path) {
		if (expected instanceof Map) {
			if (!(actual instanceof LinkedHashMap)) {
				return path + ": expected an object but found " + describe(actual);
			}
			List<?> expectedKeys = new ArrayList<>(((Map<?, ?>) expected).keySet());
			List<?> actualKeys = new ArrayList<>(((Map<?, ?>) actual).keySet());
			if (!expectedKeys.equals(actualKeys)) {
				return path + ": expected keys " + expectedKeys + " but found " + actualKeys;
			}
			for (Object key : expectedKeys) {
				String difference = firstDifference(((Map<?, ?>) expected).get(key), ((Map<?, ?>) actual).get(key),
						path + "[\"" + key + "\"]");
				if (difference != null) {
					return difference;
				}
			}
			return null;
		}
		if (expected instanceof List) {
			if (!(actual instanceof ArrayList)) {
				return path + ": expected an array but found " + describe(actual);
			}
			List<?> expectedList = (List<?>) expected;
			List<?> actualList = (List<?>) actual;
			if (expectedList.size() != actualList.size()) {
				return path + ": expected " + expectedList.size() + " elements but found " + actualList.size();
			}
			for (int i = 0; i < expectedList.size(); i++) {
				String difference = firstDifference(expectedList.get(i), actualList.get(i), path + "[" + i + "]");
				if (difference != null) {
					return difference;
				}
			}
			return null;
		}
		boolean same = (expected == null) ? actual == null
				: actual != null && expected.getClass() == actual.getClass() && Objects.equals(expected, actual);
		return same ? null : path + ": expected " + describe(expected) + " but found " + describe(actual);
	}

	private static String describe(Object value) {
		return (value != null) ? value.getClass().getSimpleName() + " " + value : "null";
	}
}
