package io.jsoncore.corpus.twitter;

public record Mention(String screen_name, String name, long id, String id_str, int[] indices) {
}
