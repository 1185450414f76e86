package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.Json;
import dev.fixpoint.lab.SetupFailedException;
import dev.fixpoint.lab.check.Client;
import dev.fixpoint.lab.check.Reply;

import java.util.List;

/**
 * The marketplace connector relays a partner marketplace's order to the warehouse as the partner sent it. Param
 * {@code scenario}:
 * <ul>
 *   <li>{@code claimed-paid}: a laptop, marked paid, with no payment;</li>
 *   <li>{@code underpaid}: a laptop, with a real payment of the order's reference for the price of a cable;</li>
 *   <li>{@code other-order}: headphones, with a payment of their price made for another order's reference;</li>
 *   <li>{@code resent}: headphones paid once, with the order's reference, sent to the warehouse twice.</li>
 * </ul>
 * With {@code scenario: honest} it is the functional check: a marketplace order paid in full ships.
 */
public class WarehouseDirect implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Client payments = Client.of(context, "payments");
        Client fulfilment = Client.of(context, "fulfilment");
        String scenario = context.param("scenario");
        String customer = context.randomName("partner-buyer");
        String orderId = context.randomName("mp");
        boolean laptop = scenario.equals("claimed-paid") || scenario.equals("underpaid");
        Json items = Json.array(Json.object("sku", laptop ? "laptop" : "headphones", "quantity", 1));
        String paymentId = switch (scenario) {
            case "claimed-paid" -> null;
            case "underpaid" -> pay(payments, Store.PRICES.get("usb-cable"), "order-" + orderId);
            case "other-order" -> pay(payments, Store.PRICES.get("headphones"), "order-" + context.randomName("mp"));
            case "resent", "honest" -> pay(payments, Store.PRICES.get("headphones"), "order-" + orderId);
            default -> throw new IllegalArgumentException("unknown scenario " + scenario);
        };
        Json shipment = Json.object("orderId", orderId, "customer", customer, "items", items, "paymentId", paymentId,
                "address", "1 Partner Lane", "paid", true);
        Reply first = fulfilment.post("/shipments").json(shipment).send();
        if (scenario.equals("honest")) {
            return CheckResult.passIf(first.status() == 201 && shipped(fulfilment, customer) == 1,
                    "The marketplace order, paid in full with its own reference, shipped.",
                    "The warehouse answered " + first.status() + " to a marketplace order paid in full with its own reference.");
        }
        if (scenario.equals("resent")) {
            fulfilment.post("/shipments").json(shipment).send();
        }
        int parcels = shipped(fulfilment, customer);
        int allowed = scenario.equals("resent") ? 1 : 0;
        return CheckResult.passIf(parcels <= allowed,
                "The warehouse shipped " + parcels + " parcel(s); at most " + allowed + " was paid for.",
                "The warehouse shipped " + parcels + " parcel(s) for a marketplace order (" + scenario + "); "
                        + allowed + " was paid for.");
    }

    private static String pay(Client payments, long amount, String reference) throws SetupFailedException {
        String step = "paying " + amount + " cents for " + reference + " at the payment provider";
        return payments.post("/payments").json("amount", amount, "reference", reference, "card", Store.CARD)
                .expect(step, 201).need(step, "id").text().orElseThrow(() -> new SetupFailedException(step + ": no payment id"));
    }

    private static int shipped(Client fulfilment, String customer) throws SetupFailedException {
        List<Json> shipments = fulfilment.get("/shipments").query("customer", customer)
                .expect("listing the warehouse's shipments for " + customer, 200).json().items();
        return shipments == null ? 0 : shipments.size();
    }
}
