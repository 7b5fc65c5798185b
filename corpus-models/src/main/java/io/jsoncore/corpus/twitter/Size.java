package io.jsoncore.corpus.twitter;

public record Size(int w, int h, String resize) {
}
