package io.jsoncore.corpus.twitter;

import java.util.Map;

public record Media(long id, String id_str, int[] indices, String media_url, String media_url_https, String url,
		String display_url, String expanded_url, String type, Map<String, Size> sizes, Long source_status_id,
		String source_status_id_str) {
}
