package io.jsoncore.corpus.citm;

import java.util.List;
import java.util.Map;

/** {@code citm_catalog.json}: a concert catalogue, many maps keyed by numeric ids and repeated object shapes. */
public record CitmCatalog(Map<String, String> areaNames, Map<String, String> audienceSubCategoryNames,
		Map<String, String> blockNames, Map<String, Event> events, List<Performance> performances,
		Map<String, String> seatCategoryNames, Map<String, String> subTopicNames, Map<String, String> subjectNames,
		Map<String, String> topicNames, Map<String, List<Long>> topicSubTopics, Map<String, String> venueNames) {
}
