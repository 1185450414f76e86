package fulfilment;

import catalog.Catalog;
import dev.fixpoint.kit.HttpError;
import dev.fixpoint.lab.Json;
import payments.PaymentsClient;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decides whether a shipment request goes out: only against a payment the provider reports as captured for this order
 * and for what the items cost. Each payment is claimed by the first shipment that uses it.
 */
public class ShipmentDesk {

    private final Warehouse warehouse;
    private final PaymentsClient payments;
    /** Payment id to the shipment's order id. */
    private final Map<String, String> claimed = new ConcurrentHashMap<>();

    public ShipmentDesk(Warehouse warehouse, PaymentsClient payments) {
        this.warehouse = warehouse;
        this.payments = payments;
    }

    public Warehouse.Shipment ship(Json request) {
        String orderId = request.get("orderId").text("");
        String customer = request.get("customer").text("");
        if (orderId.isBlank() || customer.isBlank()) {
            throw HttpError.badRequest("orderId and customer are required");
        }
        List<Warehouse.Item> items = items(request.get("items"));
        long cost = 0;
        for (Warehouse.Item item : items) {
            cost += item.value();
        }
        long expected = cost;
        PaymentsClient.Payment payment = payments.find(request.get("paymentId").text(""))
                .filter(PaymentsClient.Payment::captured)
                .filter(found -> found.reference().equals("order-" + orderId))
                .filter(found -> found.amount() == expected)
                .orElseThrow(() -> new HttpError(402, "the order is not paid"));
        if (claimed.putIfAbsent(payment.id(), orderId) != null) {
            throw HttpError.conflict("the payment was used for a shipment already");
        }
        return warehouse.send(orderId, customer, items, request.get("address").text(""), payment.id());
    }

    /** The items of the request; 400 when there are none or one names no product. */
    private static List<Warehouse.Item> items(Json items) {
        List<Warehouse.Item> lines = new ArrayList<>();
        for (Json item : items.items() == null ? List.<Json>of() : items.items()) {
            Catalog.Product product = Catalog.find(item.get("sku").text(""))
                    .orElseThrow(() -> HttpError.badRequest("no such product: " + item.get("sku").text("?")));
            long quantity = item.get("quantity").integer().orElse(0L);
            if (quantity < 1 || quantity > 100) {
                throw HttpError.badRequest("quantity: 1 to 100");
            }
            lines.add(new Warehouse.Item(product, (int) quantity));
        }
        if (lines.isEmpty()) {
            throw HttpError.badRequest("items: at least one");
        }
        return lines;
    }
}
