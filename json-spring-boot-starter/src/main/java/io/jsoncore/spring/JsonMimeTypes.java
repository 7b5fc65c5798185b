package io.jsoncore.spring;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.util.MimeType;

/** What the WebFlux encoder and decoder handle: JSON, any {@code +json} type, and NDJSON streams. */
final class JsonMimeTypes {

	static final List<MimeType> ALL = List.of(MediaType.APPLICATION_JSON, new MediaType("application", "*+json"),
			MediaType.APPLICATION_NDJSON);

	private JsonMimeTypes() {
	}

	/** Whether {@code mimeType} is one of them; no type at all (nothing asked for) is. */
	static boolean supports(@Nullable MimeType mimeType) {
		if (mimeType == null) {
			return true;
		}
		for (MimeType supported : ALL) {
			if (supported.isCompatibleWith(mimeType)) {
				return true;
			}
		}
		return false;
	}

	static boolean isNdjson(@Nullable MimeType mimeType) {
		return mimeType != null && MediaType.APPLICATION_NDJSON.isCompatibleWith(mimeType);
	}
}
