package io.jsoncore.corpus.citm;

import java.util.List;

public record Area(long areaId, List<Long> blockIds) {
}
