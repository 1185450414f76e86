package catalog;

import dev.fixpoint.lab.Json;

import java.util.List;
import java.util.Optional;

/** The products and their prices in cents: the shop sells them, the warehouse stocks them. */
public final class Catalog {

    /** A product. */
    public record Product(String sku, String name, long price) {
        public Json json() {
            return Json.object("sku", sku, "name", name, "price", price);
        }
    }

    private static final List<Product> PRODUCTS = List.of(
            new Product("usb-cable", "USB-C cable", 900),
            new Product("phone-case", "Phone case", 1_900),
            new Product("headphones", "Noise-cancelling headphones", 24_900),
            new Product("laptop", "14-inch laptop", 129_900),
            new Product("camera", "Mirrorless camera", 89_900));

    public static List<Product> products() {
        return PRODUCTS;
    }

    public static Optional<Product> find(String sku) {
        return PRODUCTS.stream().filter(product -> product.sku().equals(sku)).findFirst();
    }

    private Catalog() {
    }
}
