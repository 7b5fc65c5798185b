package io.jsoncore.sample.jackson;

import java.nio.charset.StandardCharsets;

import io.jsoncore.Fragment;
import io.jsoncore.Json;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes a {@link Fragment} raw, as json-core does, so that Jackson serves {@code {}} where the reference has
 * {@code orjson.Fragment(b"{}")}.
 */
final class FragmentSerializer extends StdSerializer<Fragment> {

	FragmentSerializer() {
		super(Fragment.class);
	}

	// Fragment keeps its bytes to itself; dumps of a Fragment is those bytes, verbatim
	@Override
	public void serialize(Fragment fragment, JsonGenerator generator, SerializationContext context) {
		generator.writeRawValue(new String(Json.dumps(fragment), StandardCharsets.UTF_8));
	}
}
