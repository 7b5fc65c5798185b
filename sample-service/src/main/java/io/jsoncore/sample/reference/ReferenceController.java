package io.jsoncore.sample.reference;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import io.jsoncore.Json;
import io.jsoncore.JsonOption;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /}: orjson's integration endpoint, a new UUID per request and the start-up time, written by the JSON
 * converter in place. {@code GET /raw}: the same shape as bytes made once, the ceiling of a load test with no JSON
 * work per request.
 */
@RestController
public class ReferenceController {

	// wsgi.py's NOW = datetime.now(timezone.utc): taken once, when the app starts
	private final LocalDateTime startedAt = LocalDateTime.now(ZoneOffset.UTC);

	// wsgi.py's own dumps call, made once; it does not depend on which converter writes GET /
	private final byte[] raw = Json.dumps(ReferencePayload.of(UUID.randomUUID(), this.startedAt),
			JsonOption.NAIVE_UTC, JsonOption.OMIT_MICROSECONDS);

	@GetMapping(path = "/", produces = MediaType.APPLICATION_JSON_VALUE)
	public ReferencePayload reference() {
		return ReferencePayload.of(UUID.randomUUID(), this.startedAt);
	}

	// byte[] goes to Spring's ByteArrayHttpMessageConverter, untouched by any JSON library
	@GetMapping("/raw")
	public ResponseEntity<byte[]> raw() {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(this.raw);
	}
}
