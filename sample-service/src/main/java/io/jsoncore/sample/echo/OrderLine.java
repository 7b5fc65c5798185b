package io.jsoncore.sample.echo;

import java.math.BigDecimal;

/** One line of an {@link Order}; the price is a {@code BigDecimal}, so {@code 9.90} keeps its digits. */
public record OrderLine(String sku, int qty, BigDecimal price) {
}
