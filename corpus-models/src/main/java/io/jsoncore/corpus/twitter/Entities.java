package io.jsoncore.corpus.twitter;

import java.util.List;

public record Entities(List<Hashtag> hashtags, List<Object> symbols, List<Url> urls, List<Mention> user_mentions,
		List<Media> media) {
}
