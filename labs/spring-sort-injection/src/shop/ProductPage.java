package shop;

import java.util.List;

/** One page of the catalogue. */
public record ProductPage(int page, int size, List<ProductView> items) {
}
