package io.jsoncore.corpus.citm;

import java.util.List;

public record Event(String description, long id, String logo, String name, List<Long> subTopicIds, String subjectCode,
		String subtitle, List<Long> topicIds) {
}
