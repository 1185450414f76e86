package checks;

import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.Json;
import dev.fixpoint.lab.SetupFailedException;
import dev.fixpoint.lab.check.Accounts;
import dev.fixpoint.lab.check.Client;
import dev.fixpoint.lab.check.Reply;
import dev.fixpoint.lab.check.User;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The shop and the payment provider as a customer's browser uses them. */
final class Store {

    /** A test card the provider always accepts. */
    static final String CARD = "4242424242424242";

    /** The catalog's prices in cents, as the briefing lists them. */
    static final Map<String, Long> PRICES = Map.of("usb-cable", 900L, "phone-case", 1_900L, "headphones", 24_900L,
            "laptop", 129_900L, "camera", 89_900L);

    final CheckContext context;
    private final Client shop;
    private final Client payments;
    private final Accounts accounts;

    Store(CheckContext context) {
        this.context = context;
        shop = Client.of(context, "shop");
        payments = Client.of(context, "payments");
        accounts = Accounts.of(shop, "/signup", "/login");
    }

    User signUp(String prefix) throws SetupFailedException {
        return accounts.signUp(prefix);
    }

    Client as(User user) {
        return shop.as(user.session());
    }

    /** A new order with these items (sku, quantity, sku, quantity, ...); its id. */
    long order(User user, Object... items) throws SetupFailedException {
        String step = "creating an order for " + user.name();
        long id = as(user).post("/orders").expect(step, 201).need(step, "id").integer()
                .orElseThrow(() -> new SetupFailedException(step + ": the id is not a whole number"));
        for (int i = 0; i < items.length; i += 2) {
            as(user).post("/orders/{}/items", id).json("sku", items[i], "quantity", items[i + 1])
                    .expect("adding " + items[i] + " to order " + id, 200);
        }
        return id;
    }

    /** The order as the shop shows it. */
    Json read(User user, long id) throws SetupFailedException {
        return as(user).get("/orders/{}", id).expect("reading order " + id, 200).json();
    }

    /** The order's total in cents. */
    long total(User user, long id) throws SetupFailedException {
        return read(user, id).get("total").integer().orElseThrow(() -> new SetupFailedException("order " + id + " shows no total"));
    }

    /** Pays {@code amount} cents at the provider with this reference, as the checkout page does; the payment id. */
    String pay(long amount, String reference) throws SetupFailedException {
        String step = "paying " + amount + " cents for " + reference + " at the payment provider";
        return payments.post("/payments").json("amount", amount, "reference", reference, "card", CARD)
                .expect(step, 201).need(step, "id").text().orElseThrow(() -> new SetupFailedException(step + ": no payment id"));
    }

    /** Moves the order on: to "paid" with a payment, to "shipped" with an address, ... Not checked. */
    Reply transition(User user, long id, String to, Object... more) {
        Object[] fields = new Object[2 + more.length];
        fields[0] = "to";
        fields[1] = to;
        System.arraycopy(more, 0, fields, 2, more.length);
        return as(user).post("/orders/{}/transitions", id).json(fields).send();
    }

    /** {@link #transition}, for a step the scenario needs to work. */
    void step(User user, long id, String to, Object... more) throws SetupFailedException {
        transition(user, id, to, more).expect("moving order " + id + " to " + to, 200);
    }

    /** Confirms the order with a payment and ships it, both expected to work. */
    void confirmAndShip(User user, long id, String paymentId) throws SetupFailedException {
        step(user, id, "paid", "paymentId", paymentId);
        step(user, id, "shipped", "address", address());
    }

    String address() {
        return context.randomName("street") + " 1, Springfield";
    }

    /** The parcels the warehouse shipped to the customer. */
    List<Json> parcels(User user) throws SetupFailedException {
        List<Json> parcels = as(user).get("/parcels").expect("listing " + user.name() + "'s parcels", 200).json().items();
        return parcels == null ? List.of() : parcels;
    }

    /** What the items of a shipment cost, by the catalog's prices. */
    static long value(Json shipment) {
        long value = 0;
        for (Json item : shipment.get("items").items() == null ? List.<Json>of() : shipment.get("items").items()) {
            value += PRICES.getOrDefault(item.get("sku").text(""), 0L) * item.get("quantity").integer().orElse(0L);
        }
        return value;
    }

    /** The value shipped per order id (the text of the shipment's orderId). */
    static Map<String, Long> shippedValue(List<Json> parcels) {
        Map<String, Long> shipped = new HashMap<>();
        for (Json parcel : parcels) {
            shipped.merge(parcel.get("orderId").text(""), value(parcel), Long::sum);
        }
        return shipped;
    }

    static String cents(long cents) {
        return cents / 100 + "." + String.format("%02d", cents % 100);
    }
}
