package io.jsoncore.sample.twitter;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code sample.corpus-dir}: the folder holding {@code twitter.json}. The default is relative to the working
 * directory, which {@code sample-service/run} sets to the repository root, where {@code ../shared} sits beside it.
 * A {@code String}: Boot binds a {@code Path} through a classpath resource, which refuses a leading {@code ..}.
 */
@ConfigurationProperties("sample")
public record CorpusProperties(@DefaultValue("../shared/corpus") String corpusDir) {
}
