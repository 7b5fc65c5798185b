package io.jsoncore.corpus.citm;

import java.util.List;

public record SeatCategory(List<Area> areas, long seatCategoryId) {
}
