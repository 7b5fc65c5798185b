package io.jsoncore.internal.decode;

import java.nio.charset.StandardCharsets;

import io.jsoncore.Json;
import io.jsoncore.JsonDecodeException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The discriminator search: a property found wherever it stands, the parser left where it was, and nested searches
 * answered from one walk, so that polymorphic values nested with their discriminators last stay linear.
 */
class LookaheadTest {

	private static final ReadLimits LIMITS = new ReadLimits(1024, 4096, 100_000, 1000, Integer.MAX_VALUE);

	private static final KeyNames TYPE = new KeyNames(new String[] { "type" });

	private static JsonParser parser(String json) {
		byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
		return JsonParser.open(bytes, bytes.length, LIMITS);
	}

	private static String valueAt(JsonParser in, int at) {
		int start = in.position();
		int depth = in.depth();
		in.rewind(at, depth + 1);
		String value = in.readString();
		in.rewind(start, depth);
		return value;
	}

	@Test
	void findsThePropertyWhereverItStandsAndLeavesTheParserWhereItWas() {
		for (String json : new String[] { "{\"type\":\"A\",\"x\":1}", "{\"x\":[{\"type\":\"no\"}],\"type\":\"A\"}",
				"{ \"x\" : 1 , \"ty\\u0070e\" : \"A\" }", "{\"x\":{},\"type\":\"A\",\"type\":\"B\"}" }) {
			JsonParser in = parser(json);
			int at = Lookahead.find(in, TYPE);
			assertThat(in.position()).isZero();
			assertThat(in.depth()).isZero();
			assertThat(valueAt(in, at)).as(json).isEqualTo("A");
			assertThat(Json.loads(json)).isNotNull(); // the parser can still read the whole object from its start
		}
		assertThat(Lookahead.find(parser("{}"), TYPE)).isEqualTo(-1);
		assertThat(Lookahead.find(parser("{\"x\":{\"type\":\"inner\"}}"), TYPE)).isEqualTo(-1);
	}

	@Test
	void aMalformedObjectFailsAsSkippingItWould() {
		String json = "{\"x\":[1,],\"type\":\"A\"}";
		assertThatExceptionOfType(JsonDecodeException.class).isThrownBy(() -> Lookahead.find(parser(json), TYPE))
			.withMessage("trailing comma is not allowed: line 1 column 8 (char 7)");
	}

	// Reads like a polymorphic decoder: finds the discriminator of each level, then reads the level from its start.
	private static int readNested(JsonParser in) {
		int at = Lookahead.find(in, TYPE);
		assertThat(valueAt(in, at)).isEqualTo("X");
		int levels = 1;
		if (in.beginObject()) {
			do {
				String key = in.readKey();
				if (key.equals("inner")) {
					levels += readNested(in);
				}
				else {
					in.skipValue();
				}
			}
			while (in.nextEntry());
		}
		return levels;
	}

	private static String nested(int depth, boolean typeFirst) {
		StringBuilder json = new StringBuilder();
		for (int i = 0; i < depth; i++) {
			json.append(typeFirst ? "{\"type\":\"X\",\"pad\":\"" : "{\"pad\":\"").append("p".repeat(100)).append('"');
			if (i < depth - 1) {
				json.append(",\"inner\":");
			}
		}
		for (int i = 0; i < depth; i++) {
			json.append(typeFirst ? "}" : ",\"type\":\"X\"}");
		}
		return json.toString();
	}

	@Test
	void nestedDiscriminatorsLastAreFoundFromOneWalk() {
		String json = nested(300, false);
		JsonParser in = parser(json);
		assertThat(readNested(in)).isEqualTo(300);
		in.finish();
		// each byte walked once; a walk per level would have covered about 150 times as much
		assertThat(Lookahead.walked(in)).isEqualTo(json.length());
	}

	@Test
	void discriminatorsFirstNeedNoWalk() {
		JsonParser in = parser(nested(300, true));
		assertThat(readNested(in)).isEqualTo(300);
		assertThat(Lookahead.walked(in)).isZero();
	}

	@Test
	void siblingsAreWalkedOnceEach() {
		String object = nested(20, false);
		String json = "[" + object + "," + object + "," + object + "]";
		JsonParser in = parser(json);
		assertThat(in.beginArray()).isTrue();
		do {
			readNested(in);
		}
		while (in.nextElement());
		in.finish();
		assertThat(Lookahead.walked(in)).isEqualTo(3L * object.length());
	}
}
