package io.jsoncore.corpus.citm;

public record Price(long amount, long audienceSubCategoryId, long seatCategoryId) {
}
