package io.jsoncore.spring;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import io.jsoncore.JsonOption;
import org.springframework.core.convert.converter.Converter;

/**
 * Binds {@code spring.json.options} entries in relaxed form ({@code naive-utc}, {@code NAIVE_UTC},
 * {@code naiveUtc}), and fails on an unknown one with the list of valid names, so that a typo stops start-up
 * with a message that says how to fix it.
 */
final class JsonOptionConverter implements Converter<String, JsonOption> {

	@Override
	public JsonOption convert(String source) {
		String wanted = canonical(source);
		for (JsonOption option : JsonOption.values()) {
			if (canonical(option.name()).equals(wanted)) {
				return option;
			}
		}
		throw new IllegalArgumentException("Unknown JSON option '" + source.trim() + "' in spring.json.options; valid "
				+ "options are " + Arrays.stream(JsonOption.values())
					.map((option) -> option.name().toLowerCase(Locale.ROOT).replace('_', '-'))
					.collect(Collectors.joining(", ")));
	}

	// Letters and digits only, lower case: NAIVE_UTC, naive-utc and naiveUtc all become naiveutc.
	private static String canonical(String name) {
		StringBuilder canonical = new StringBuilder(name.length());
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (Character.isLetterOrDigit(c)) {
				canonical.append(Character.toLowerCase(c));
			}
		}
		return canonical.toString();
	}
}
