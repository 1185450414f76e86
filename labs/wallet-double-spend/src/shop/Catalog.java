package shop;

import java.util.List;
import java.util.Optional;

/** What the shop sells; prices in cents. */
public final class Catalog {

    private static final List<Item> ITEMS = List.of(
            new Item("gift-card-100", "Gift card, 100.00", 10_000),
            new Item("concert-ticket", "Concert ticket voucher", 6_000),
            new Item("spa-day", "Spa day voucher", 6_000),
            new Item("cinema-night", "Cinema night for two", 3_000),
            new Item("book-token", "Book token", 2_500),
            new Item("coffee-card", "Coffee card", 1_000));

    public List<Item> items() {
        return ITEMS;
    }

    public Optional<Item> find(String id) {
        return ITEMS.stream().filter(item -> item.id().equals(id)).findFirst();
    }
}
