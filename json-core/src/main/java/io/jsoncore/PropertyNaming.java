package io.jsoncore;

/**
 * How the Java names of record components and bean properties become JSON names, in both directions. A name
 * given with Jackson's {@code @JsonProperty} is used as it is.
 *
 * <pre>{@code
 * JsonCodec codec = JsonCodec.builder().propertyNaming(PropertyNaming.SNAKE_CASE).build();
 * codec.dumps(new Line("A-1", 2));   // {"sku_code":"A-1","unit_count":2} for record Line(String skuCode, int unitCount)
 * }</pre>
 */
public enum PropertyNaming {

	/** The Java name unchanged: {@code unitCount}. The default. */
	AS_WRITTEN,

	/** {@code unit_count}; {@code userID} becomes {@code user_id}. */
	SNAKE_CASE,

	/** {@code unit-count}. */
	KEBAB_CASE,

	/** {@code unitCount}: the first letter in lower case. */
	CAMEL_CASE,

	/** {@code UnitCount}: the first letter in upper case. */
	PASCAL_CASE;

	/** The JSON name for a Java property name. */
	public String translate(String javaName) {
		switch (this) {
			case SNAKE_CASE:
				return separated(javaName, '_');
			case KEBAB_CASE:
				return separated(javaName, '-');
			case CAMEL_CASE:
				return javaName.isEmpty() ? javaName : Character.toLowerCase(javaName.charAt(0)) + javaName.substring(1);
			case PASCAL_CASE:
				return javaName.isEmpty() ? javaName : Character.toUpperCase(javaName.charAt(0)) + javaName.substring(1);
			default:
				return javaName;
		}
	}

	// Lower case, with the separator before each upper-case letter that starts a word: a run of capitals is one
	// word ("userID" -> "user_id", "HTTPServer" -> "http_server").
	private static String separated(String name, char separator) {
		StringBuilder out = new StringBuilder(name.length() + 4);
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (Character.isUpperCase(c)) {
				boolean previousLower = i > 0 && !Character.isUpperCase(name.charAt(i - 1)) && name.charAt(i - 1) != separator;
				boolean nextLower = i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
				boolean previousUpper = i > 0 && Character.isUpperCase(name.charAt(i - 1));
				if (out.length() > 0 && (previousLower || (previousUpper && nextLower))) {
					out.append(separator);
				}
				out.append(Character.toLowerCase(c));
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}
}
