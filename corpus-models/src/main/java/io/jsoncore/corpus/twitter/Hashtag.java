package io.jsoncore.corpus.twitter;

public record Hashtag(String text, int[] indices) {
}
