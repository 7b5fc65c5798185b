package io.jsoncore.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import com.dslplatform.json.CompiledJson;
import io.avaje.jsonb.Json;

/**
 * The reference endpoint's body (orjson's integration app):
 * {@code {"uuid":"…","updated_at":"2026-11-21T23:35:18+00:00","data":[1,2.2,null,true,false,{}]}}.
 *
 * <p>{@code updated_at} is a {@code String}, not an {@code OffsetDateTime}: the libraries disagree on how to write
 * an offset of zero ({@code Z} or {@code +00:00}) and on which patterns they read, so a date type would compare
 * different formatting code, not the same document. {@code data} is a {@code List<Object>}, as the payload mixes
 * types. The UUID is bound as a {@code UUID} by every library.
 *
 * <p>We own this class, so it carries the DSL-JSON and avaje-jsonb annotations as their users would write them.
 */
@CompiledJson
@Json
public record Endpoint(UUID uuid, String updated_at, List<Object> data) {

	static final byte[] PAYLOAD = ("{\"uuid\":\"2b9c3f7e-5a1d-4c6b-9e8f-0d7a6b5c4e3f\","
			+ "\"updated_at\":\"2026-11-21T23:35:18+00:00\",\"data\":[1,2.2,null,true,false,{}]}")
		.getBytes(StandardCharsets.UTF_8);
}
