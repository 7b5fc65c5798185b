package io.jsoncore.sample.load;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.jsoncore.Json;
import io.jsoncore.sample.echo.Order;
import io.jsoncore.sample.echo.OrderLine;

/**
 * The requests of a soak run, each with the one status the service must answer: valid bodies 200, malformed and
 * too deeply nested ones 400, oversized ones 413. The request body limit is the service's
 * {@code spring.json.max-request-size}, which the soak run sets.
 */
enum SoakMix {

	REFERENCE("GET /", 200),
	ECHO("POST /echo, a valid order", 200),
	MALFORMED("POST /echo, a trailing comma", 400),
	INVALID_UTF8("POST /echo, a byte that is not UTF-8", 400),
	WRONG_TYPE("POST /echo, a string where a number goes", 400),
	DEEP("POST /echo, 100,000 nested arrays in a property", 400),
	OVERSIZED("POST /echo, one byte over the request limit", 413);

	final String description;

	final int expectedStatus;

	SoakMix(String description, int expectedStatus) {
		this.description = description;
		this.expectedStatus = expectedStatus;
	}

	/** The body of this kind of request, or null for a GET; the same bytes every time. */
	byte[] body(int maxRequestBytes) {
		switch (this) {
			case REFERENCE:
				return null;
			case ECHO:
				return validOrder();
			case MALFORMED:
				return "{\"id\":\"7202d115-7ff3-4c81-a7c1-2a1f067b1ece\",\"lines\":[],}".getBytes(StandardCharsets.UTF_8);
			case INVALID_UTF8:
				return new byte[] { '{', '"', 'i', 'd', '"', ':', '"', (byte) 0xFF, '"', '}' };
			case WRONG_TYPE:
				return "{\"lines\":[{\"sku\":\"A\",\"qty\":\"two\",\"price\":1}]}".getBytes(StandardCharsets.UTF_8);
			case DEEP:
				// in a property Order does not have: skipping it still parses it, up to the depth limit
				return ("{\"deep\":" + "[".repeat(100_000)).getBytes(StandardCharsets.US_ASCII);
			default:
				return oversized(maxRequestBytes);
		}
	}

	static byte[] validOrder() {
		List<OrderLine> lines = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			lines.add(new OrderLine("SKU-" + i, i + 1, new BigDecimal("19.99").add(BigDecimal.valueOf(i))));
		}
		return Json.dumps(new Order(UUID.fromString("7202d115-7ff3-4c81-a7c1-2a1f067b1ece"),
				Instant.parse("2026-11-22T04:30:00Z"), lines));
	}

	// Valid JSON, so only its size can be the reason for the answer.
	private static byte[] oversized(int maxRequestBytes) {
		byte[] body = new byte[maxRequestBytes + 1];
		java.util.Arrays.fill(body, (byte) ' ');
		body[0] = '[';
		body[body.length - 1] = ']';
		return body;
	}
}
