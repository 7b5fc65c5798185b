package io.jsoncore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.jsoncore.corpus.citm.CitmCatalog;
import io.jsoncore.corpus.twitter.TwitterSearch;
import io.jsoncore.testing.SharedData;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The corpora read into records (the corpus-models module) and written back give the same tree as the untyped
 * path, for every field the models cover; the models cover them all, so only nulls may differ (a record writes a
 * missing field as null, and NON_NULL leaves both out).
 */
class CorpusModelTest {

	private static final JsonCodec NON_NULL = JsonCodec.builder().inclusion(Inclusion.NON_NULL).build();

	@Test
	void twitterReadIntoRecordsAndWrittenBackIsTheSameTree() {
		byte[] json = SharedData.readBytes("corpus/twitter.json");
		TwitterSearch search = Json.loads(json, TwitterSearch.class);
		assertThat(search.statuses()).hasSize(100);
		assertThat(search.statuses().get(0).user().screen_name()).isNotEmpty();
		assertThat(withoutNulls(Json.loads(NON_NULL.dumps(search)))).isEqualTo(withoutNulls(Json.loads(json)));
	}

	@Test
	void citmCatalogReadIntoRecordsAndWrittenBackIsTheSameTree() {
		byte[] json = SharedData.readBytes("corpus/citm_catalog.json");
		CitmCatalog catalog = Json.loads(json, CitmCatalog.class);
		assertThat(catalog.performances()).hasSize(243);
		assertThat(catalog.events()).hasSize(184);
		assertThat(withoutNulls(Json.loads(NON_NULL.dumps(catalog)))).isEqualTo(withoutNulls(Json.loads(json)));
	}

	@Test
	void theDefaultCodecWritesNullsThatReadBackTheSame() {
		byte[] json = SharedData.readBytes("corpus/twitter.json");
		TwitterSearch search = Json.loads(json, TwitterSearch.class);
		assertThat(Json.loads(Json.dumps(search), TwitterSearch.class).statuses().get(0).id())
			.isEqualTo(search.statuses().get(0).id());
		assertThat(Json.dumps(Json.loads(Json.dumps(search), TwitterSearch.class))).isEqualTo(Json.dumps(search));
	}

	private static Object withoutNulls(Object tree) {
		if (tree instanceof Map) {
			Map<Object, Object> copy = new LinkedHashMap<>();
			((Map<?, ?>) tree).forEach((key, value) -> {
				if (value != null) {
					copy.put(key, withoutNulls(value));
				}
			});
			return copy;
		}
		if (tree instanceof List) {
			List<Object> copy = new ArrayList<>();
			for (Object element : (List<?>) tree) {
				copy.add(withoutNulls(element));
			}
			return copy;
		}
		return tree;
	}
}
