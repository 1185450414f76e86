package fulfilment;

import catalog.Catalog;
import dev.fixpoint.kit.HttpError;
import dev.fixpoint.lab.Json;
import payments.PaymentsClient;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides whether a shipment request goes out. A request names the order ({@code orderId}), the {@code customer}, the
 * {@code items} (sku and quantity), the delivery {@code address}, the {@code paymentId} the order was paid with, and
 * whether it is {@code paid}.
 */
public class ShipmentDesk {

    private final Warehouse warehouse;
    private final PaymentsClient payments;

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
        // a paid order comes with the id of its payment
        if (!request.get("paid").bool().orElse(false) || request.get("paymentId").text("").isBlank()) {
            throw new HttpError(402, "the order is not paid");
        }
        return warehouse.send(orderId, customer, items, request.get("address").text(""), request.get("paymentId").text(null));
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
