package shop;

import dev.fixpoint.kit.HttpError;

import java.util.Locale;

/** Where an order is in the checkout: cart, then paid, then shipped; or cancelled. */
public enum OrderStatus {
    CART, PAID, SHIPPED, CANCELLED;

    /** The status a client names, in any letter case ("paid", "Shipped"); 400 when there is none of that name. */
    public static OrderStatus parse(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw HttpError.badRequest("to: one of paid, shipped, cancelled");
        }
    }

    /** The name clients see: lower case. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
