package io.jsoncore.corpus.citm;

import java.util.List;

public record Performance(long eventId, long id, String logo, String name, List<Price> prices,
		List<SeatCategory> seatCategories, String seatMapImage, long start, String venueCode) {
}
