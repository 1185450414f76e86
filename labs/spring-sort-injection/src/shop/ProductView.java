package shop;

import java.math.BigDecimal;

/** A product as the shop shows it: no cost price, nothing of the buyers'. */
public record ProductView(long id, String name, String category, BigDecimal price, BigDecimal rating) {
}
