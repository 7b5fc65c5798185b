package io.jsoncore.corpus.twitter;

import java.util.List;

public record UrlList(List<Url> urls) {
}
