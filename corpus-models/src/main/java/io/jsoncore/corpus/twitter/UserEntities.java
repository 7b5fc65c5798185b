package io.jsoncore.corpus.twitter;

public record UserEntities(UrlList description, UrlList url) {
}
