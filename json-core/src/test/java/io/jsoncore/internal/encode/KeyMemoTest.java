package io.jsoncore.internal.encode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.jsoncore.Inclusion;
import io.jsoncore.PropertyNaming;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KeyMemoTest {

	@Test
	void rememberedKeysAreWrittenAsTheyWereTheFirstTime() {
		String name = new String("na\u00efve \"key\"");
		Map<String, Object> first = new LinkedHashMap<>();
		first.put(name, 1);
		first.put("id", 2);
		List<Object> rows = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			rows.add(first);
		}
		String expected = "{\"na\u00efve \\\"key\\\"\":1,\"id\":2}";
		assertThat(dumps(rows)).isEqualTo("[" + expected + "," + expected + "," + expected + "]");
	}

	@Test
	void anEqualKeyOfAnotherInstanceIsNotTakenForTheRememberedOne() {
		KeyMemo memo = new KeyMemo();
		String key = new String("name");
		byte[] buf = "\"name\"".getBytes(StandardCharsets.US_ASCII);
		memo.written(key, buf, 0, buf.length);
		memo.written(key, buf, 0, buf.length);
		assertThat(memo.lookup(key)).containsExactly(buf);
		assertThat(memo.lookup(new String("name"))).isNull();
	}

	@Test
	void aKeyIsEncodedOnItsSecondSightingOnly() {
		KeyMemo memo = new KeyMemo();
		String key = "unique";
		byte[] buf = "\"unique\"".getBytes(StandardCharsets.US_ASCII);
		memo.written(key, buf, 0, buf.length);
		assertThat(memo.lookup(key)).isNull();
		memo.written(key, buf, 0, buf.length);
		assertThat(memo.lookup(key)).containsExactly(buf);
	}

	@Test
	void keysSharingASlotReplaceEachOther() {
		KeyMemo memo = new KeyMemo();
		// "Aa" and "BB" have the same String hash, so the same slot
		byte[] aa = "\"Aa\"".getBytes(StandardCharsets.US_ASCII);
		byte[] bb = "\"BB\"".getBytes(StandardCharsets.US_ASCII);
		memo.written("Aa", aa, 0, aa.length);
		memo.written("Aa", aa, 0, aa.length);
		memo.written("BB", bb, 0, bb.length);
		assertThat(memo.lookup("Aa")).isNull();
		assertThat(memo.lookup("BB")).isNull();
		memo.written("BB", bb, 0, bb.length);
		assertThat(memo.lookup("BB")).containsExactly(bb);
	}

	private static String dumps(Object value) {
		Encoder out = new Encoder();
		out.configure(0, null, PropertyNaming.AS_WRITTEN, Inclusion.ALWAYS);
		out.writeValue(value, 0);
		return new String(out.toByteArray(), StandardCharsets.UTF_8);
	}
}
