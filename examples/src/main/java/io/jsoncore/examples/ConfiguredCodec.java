package io.jsoncore.examples;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.Map;

import io.jsoncore.Inclusion;
import io.jsoncore.JsonCodec;
import io.jsoncore.JsonDecodeException;
import io.jsoncore.JsonOption;
import io.jsoncore.PropertyNaming;

public class ConfiguredCodec {

	record Shipment(String trackingCode, LocalDateTime shippedAt, String note) {
	}

	// Immutable and thread-safe: build it once and share it (the Spring starter holds one).
	static final JsonCodec CODEC = JsonCodec.builder()
		.options(JsonOption.NAIVE_UTC, JsonOption.OMIT_MICROSECONDS)
		.propertyNaming(PropertyNaming.SNAKE_CASE) // records and beans, both directions
		.inclusion(Inclusion.NON_NULL) // null properties are left out of dumps
		.failOnUnknownProperties(true) // the default, false, skips them
		.maxDepth(64)
		.build();

	public static void main(String[] args) throws IOException {
		Shipment shipment = new Shipment("ZX-1", LocalDateTime.parse("2026-12-01T08:30:00.123456"), null);

		ByteArrayOutputStream out = new ByteArrayOutputStream();
		CODEC.dumps(shipment, out);
		System.out.println(out); // prints {"tracking_code":"ZX-1","shipped_at":"2026-12-01T08:30:00+00:00"}

		Shipment read = CODEC.loads(new ByteArrayInputStream(out.toByteArray()), Shipment.class);
		System.out.println(read.trackingCode()); // prints ZX-1

		try {
			CODEC.loads("{\"tracking_code\":\"ZX-1\",\"weight\":2}", Shipment.class);
		}
		catch (JsonDecodeException ex) {
			System.out.println(ex.getMessage());
			// prints expected a property of io.jsoncore.examples.ConfiguredCodec$Shipment but found "weight" at $.weight: line 1 column 25 (char 24)
		}
		System.out.println(CODEC.loads("[1,2]").getClass().getSimpleName()); // prints ArrayList
		System.out.println(CODEC.dumps(Map.of()).length); // prints 2
	}
}
