package io.jsoncore.corpus.twitter;

/** A tweet; {@code retweeted_status} nests the tweet it retweets. */
public record Status(Metadata metadata, String created_at, long id, String id_str, String text, String source,
		boolean truncated, Long in_reply_to_status_id, String in_reply_to_status_id_str, Long in_reply_to_user_id,
		String in_reply_to_user_id_str, String in_reply_to_screen_name, User user, Object geo, Object coordinates,
		Object place, Object contributors, Status retweeted_status, int retweet_count, int favorite_count,
		Entities entities, boolean favorited, boolean retweeted, Boolean possibly_sensitive, String lang) {
}
