package io.jsoncore.sample.load;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The body orjson's integration endpoint answers, byte for byte but for the values that change: a version 4 UUID,
 * a datetime to the second in UTC, then the fixed {@code data} array.
 */
public final class ReferenceShape {

	private static final Pattern SHAPE = Pattern.compile("\\{\"uuid\":\"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-"
			+ "[89ab][0-9a-f]{3}-[0-9a-f]{12}\",\"updated_at\":\"\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+00:00\","
			+ "\"data\":\\[1,2\\.2,null,true,false,\\{\\}\\]\\}");

	private ReferenceShape() {
	}

	public static boolean matches(byte[] body) {
		return SHAPE.matcher(new String(body, StandardCharsets.UTF_8)).matches();
	}
}
