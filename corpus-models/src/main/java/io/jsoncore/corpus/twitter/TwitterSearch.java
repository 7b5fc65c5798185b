package io.jsoncore.corpus.twitter;

import java.util.List;

/**
 * {@code twitter.json}: a search API response. Component names are the JSON names, so that every library reads
 * the model without a naming setting.
 */
public record TwitterSearch(List<Status> statuses, SearchMetadata search_metadata) {
}
