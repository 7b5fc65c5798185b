package io.jsoncore.spring;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.ProblemDetail;

/**
 * A {@link ProblemDetail} as RFC 9457 members, the way Jackson writes it with Spring's mixin: the standard
 * members that are set, in Jackson 3's alphabetical order, then its {@code properties} as top-level members.
 */
final class ProblemDetails {

	private ProblemDetails() {
	}

	static Map<String, Object> members(ProblemDetail problem) {
		Map<String, Object> members = new LinkedHashMap<>();
		putIfPresent(members, "detail", problem.getDetail());
		putIfPresent(members, "instance", problem.getInstance());
		members.put("status", problem.getStatus());
		putIfPresent(members, "title", problem.getTitle());
		putIfPresent(members, "type", problem.getType());
		if (problem.getProperties() != null) {
			members.putAll(problem.getProperties());
		}
		return members;
	}

	private static void putIfPresent(Map<String, Object> members, String name, Object value) {
		if (value != null) {
			members.put(name, value);
		}
	}
}
