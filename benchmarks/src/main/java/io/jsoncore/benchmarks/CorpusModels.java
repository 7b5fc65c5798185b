package io.jsoncore.benchmarks;

import com.dslplatform.json.CompiledJson;
import io.avaje.jsonb.Json;
import io.jsoncore.corpus.citm.Area;
import io.jsoncore.corpus.citm.CitmCatalog;
import io.jsoncore.corpus.citm.Event;
import io.jsoncore.corpus.citm.Performance;
import io.jsoncore.corpus.citm.Price;
import io.jsoncore.corpus.citm.SeatCategory;
import io.jsoncore.corpus.twitter.Entities;
import io.jsoncore.corpus.twitter.Hashtag;
import io.jsoncore.corpus.twitter.Media;
import io.jsoncore.corpus.twitter.Mention;
import io.jsoncore.corpus.twitter.Metadata;
import io.jsoncore.corpus.twitter.SearchMetadata;
import io.jsoncore.corpus.twitter.Size;
import io.jsoncore.corpus.twitter.Status;
import io.jsoncore.corpus.twitter.TwitterSearch;
import io.jsoncore.corpus.twitter.Url;
import io.jsoncore.corpus.twitter.UrlList;
import io.jsoncore.corpus.twitter.User;
import io.jsoncore.corpus.twitter.UserEntities;

/**
 * Points the compile-time processors of avaje-jsonb and DSL-JSON at the corpus-models records, which this module
 * reads but does not own, so neither library falls back to reflection.
 *
 * <p>avaje-jsonb generates an adapter for each class named in {@code @Json.Import}. DSL-JSON generates converters
 * for every class a {@code @CompiledJson} class refers to, annotated or not: this record exists only to refer to
 * the two roots. Both processors read the one renamed component, {@code User.isProtected}, from Jackson's
 * {@code @JsonProperty("protected")}.
 */
@Json.Import({ TwitterSearch.class, Status.class, Metadata.class, User.class, UserEntities.class, UrlList.class,
		Url.class, Entities.class, Hashtag.class, Mention.class, Media.class, Size.class, SearchMetadata.class,
		CitmCatalog.class, Event.class, Performance.class, Price.class, SeatCategory.class, Area.class })
@CompiledJson
record CorpusModels(TwitterSearch twitter, CitmCatalog citm) {
}
