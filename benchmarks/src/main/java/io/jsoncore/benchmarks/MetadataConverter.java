package io.jsoncore.benchmarks;

import java.io.IOException;
import java.util.Map;

import com.dslplatform.json.JsonConverter;
import com.dslplatform.json.JsonReader;
import com.dslplatform.json.JsonWriter;
import com.dslplatform.json.ObjectConverter;
import com.dslplatform.json.StringConverter;
import io.jsoncore.corpus.twitter.Metadata;

/**
 * DSL-JSON's converter for twitter's {@link Metadata}, the one corpus record its processor (2.0.2) rejects: it
 * matches no record component whose name starts with {@code is} unless it is a {@code boolean}, and
 * {@code iso_language_code} is a {@code String} ("Unable to find matching property: 'iso_language_code' used in
 * constructor"), annotated or not. A {@code @JsonConverter} is that processor's own answer for a type it cannot
 * analyse; every other record still goes through generated code. Two short strings per status, so this
 * map-then-record path costs little of the twitter time.
 */
@JsonConverter(target = Metadata.class)
public abstract class MetadataConverter {

	private static final byte[] RESULT_TYPE = "{\"result_type\":".getBytes();

	private static final byte[] ISO_LANGUAGE_CODE = ",\"iso_language_code\":".getBytes();

	public static Metadata read(JsonReader<?> reader) throws IOException {
		if (reader.wasNull()) {
			return null;
		}
		Map<String, Object> fields = ObjectConverter.deserializeMap(reader);
		return new Metadata((String) fields.get("result_type"), (String) fields.get("iso_language_code"));
	}

	public static void write(JsonWriter writer, Metadata value) {
		if (value == null) {
			writer.writeNull();
			return;
		}
		writer.writeAscii(RESULT_TYPE);
		StringConverter.serializeNullable(value.result_type(), writer);
		writer.writeAscii(ISO_LANGUAGE_CODE);
		StringConverter.serializeNullable(value.iso_language_code(), writer);
		writer.writeByte((byte) '}');
	}
}
