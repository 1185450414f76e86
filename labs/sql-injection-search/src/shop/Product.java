package shop;

import java.math.BigDecimal;

/** A product of the catalogue. */
public record Product(long id, String name, String description, BigDecimal price) {
}
