package io.jsoncore.sample.reference;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.jsoncore.Fragment;

/**
 * The body of orjson's integration endpoint:
 * {@code {"uuid":"…","updated_at":"2026-11-21T23:35:18+00:00","data":[1,2.2,null,true,false,{}]}}. The
 * {@code updated_at} name comes from {@code @JsonProperty}, which json-core and Jackson both honour.
 */
public record ReferencePayload(UUID uuid, @JsonProperty("updated_at") LocalDateTime updatedAt, List<Object> data) {

	// wsgi.py's [1, 2.2, None, True, False, orjson.Fragment(b"{}")]; Arrays.asList because List.of refuses null
	private static final List<Object> DATA = Collections
		.unmodifiableList(Arrays.asList(1, 2.2, null, true, false, new Fragment("{}")));

	public static ReferencePayload of(UUID uuid, LocalDateTime updatedAt) {
		return new ReferencePayload(uuid, updatedAt, DATA);
	}
}
