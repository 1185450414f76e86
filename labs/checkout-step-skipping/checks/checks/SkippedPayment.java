package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.Json;
import dev.fixpoint.lab.check.User;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A customer tries to have goods shipped that they have not paid for, through the shop. Param {@code scenario}:
 * <ul>
 *   <li>{@code unpaid}: ship an order straight from the cart (param {@code to}: how the request spells the shipped
 *       state; param {@code payment}: {@code invented} adds a made-up payment id to the request);</li>
 *   <li>{@code cheap-payment}: pay for a cheap order, confirm an expensive one with that payment, ship it;</li>
 *   <li>{@code reused-payment}: pay for one order, confirm and ship it, then confirm and ship a second, identical order
 *       with the same payment;</li>
 *   <li>{@code cart-changed}: pay for an order and confirm it, add an expensive item, ship it;</li>
 *   <li>{@code short-amount}: pay a token amount with the order's own reference, confirm the order, ship it.</li>
 * </ul>
 * It fails when the warehouse shipped more value for an order than was paid for it, or when the shop shows an order
 * as paid or shipped whose total is more than was paid for it.
 */
public class SkippedPayment implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Store store = new Store(context);
        User mallory = store.signUp("mallory");
        String scenario = context.param("scenario");
        Map<Long, Long> paid = new HashMap<>();
        List<Long> orders = new ArrayList<>();
        String story;
        switch (scenario) {
            case "unpaid" -> {
                long order = store.order(mallory, "headphones", 1);
                orders.add(order);
                List<Object> fields = new ArrayList<>(List.of("address", store.address()));
                if (context.params().getOrDefault("payment", "").equals("invented")) {
                    fields.addAll(List.of("paymentId", "pay_" + context.payload("invented-id")));
                }
                store.transition(mallory, order, context.payload("to"), fields.toArray());
                story = "Mallory asked to ship order " + order + " straight from the cart";
            }
            case "cheap-payment" -> {
                long cheap = store.order(mallory, "usb-cable", 1);
                long dear = store.order(mallory, "laptop", 1);
                orders.addAll(List.of(cheap, dear));
                String payment = store.pay(store.total(mallory, cheap), "order-" + cheap);
                paid.put(cheap, Store.PRICES.get("usb-cable"));
                store.transition(mallory, dear, "paid", "paymentId", payment);
                store.transition(mallory, dear, "shipped", "address", store.address());
                story = "Mallory paid " + Store.cents(Store.PRICES.get("usb-cable")) + " for order " + cheap
                        + " and confirmed the laptop of order " + dear + " with that payment";
            }
            case "reused-payment" -> {
                long first = store.order(mallory, "headphones", 1);
                long second = store.order(mallory, "headphones", 1);
                orders.addAll(List.of(first, second));
                String payment = store.pay(store.total(mallory, first), "order-" + first);
                store.confirmAndShip(mallory, first, payment);
                paid.put(first, Store.PRICES.get("headphones"));
                store.transition(mallory, second, "paid", "paymentId", payment);
                store.transition(mallory, second, "shipped", "address", store.address());
                story = "Mallory paid once for order " + first + " and confirmed order " + second + ", identical, with the same payment";
            }
            case "cart-changed" -> {
                long order = store.order(mallory, "phone-case", 1);
                orders.add(order);
                String payment = store.pay(store.total(mallory, order), "order-" + order);
                store.step(mallory, order, "paid", "paymentId", payment);
                paid.put(order, Store.PRICES.get("phone-case"));
                store.as(mallory).post("/orders/{}/items", order).json("sku", "camera", "quantity", 1).send();
                store.transition(mallory, order, "shipped", "address", store.address());
                story = "Mallory paid " + Store.cents(Store.PRICES.get("phone-case")) + " for order " + order
                        + ", then added a camera to it before shipping";
            }
            case "short-amount" -> {
                long order = store.order(mallory, "laptop", 1);
                orders.add(order);
                String payment = store.pay(100, "order-" + order);
                paid.put(order, 100L);
                store.transition(mallory, order, "paid", "paymentId", payment);
                store.transition(mallory, order, "shipped", "address", store.address());
                story = "Mallory paid 1.00 with the reference of order " + order + " (a laptop) and confirmed it with that payment";
            }
            default -> throw new IllegalArgumentException("unknown scenario " + scenario);
        }

        Map<String, Long> shipped = Store.shippedValue(store.parcels(mallory));
        for (long order : orders) {
            long value = shipped.getOrDefault(Long.toString(order), 0L);
            long covered = paid.getOrDefault(order, 0L);
            if (value > covered) {
                return CheckResult.fail(story + ": the warehouse shipped " + Store.cents(value) + " of goods for order " + order
                        + ", of which " + Store.cents(covered) + " was paid.");
            }
            Json shown = store.read(mallory, order);
            String status = shown.get("status").text("").toLowerCase(Locale.ROOT);
            long total = shown.get("total").integer().orElse(0L);
            if ((status.equals("paid") || status.equals("shipped")) && total > covered) {
                return CheckResult.fail(story + ": the shop shows order " + order + " as " + status + " with a total of "
                        + Store.cents(total) + ", of which " + Store.cents(covered) + " was paid.");
            }
        }
        return CheckResult.pass("Nothing shipped beyond what was paid, and no order shows as paid beyond what was paid for it.");
    }
}
