package io.jsoncore.corpus.twitter;

public record Url(String url, String expanded_url, String display_url, int[] indices) {
}
