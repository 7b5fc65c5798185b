package io.jsoncore.sample.echo;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A typed request body: a UUID, an instant and nested records. */
public record Order(UUID id, Instant placed, List<OrderLine> lines) {
}
