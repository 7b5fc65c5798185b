package io.jsoncore.corpus.twitter;

public record Metadata(String result_type, String iso_language_code) {
}
