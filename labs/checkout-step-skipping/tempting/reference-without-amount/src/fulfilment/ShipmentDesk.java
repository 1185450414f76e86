package fulfilment;

import catalog.Catalog;
import dev.fixpoint.kit.HttpError;
import dev.fixpoint.lab.Json;
import payments.PaymentsClient;
import payments.PaymentsClient.Payment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decides whether a shipment request goes out. A request names the order ({@code orderId}), the {@code customer}, the
 * {@code items} (sku and quantity), the delivery {@code address} and the {@code paymentId} the order was paid with.
 * Whoever sends it, the warehouse asks the payment provider itself: the payment must be captured, for this order, for
 * what the items cost, and it ships one parcel only.
 */
public class ShipmentDesk {

    private final Warehouse warehouse;
    private final PaymentsClient payments;
    /** Payments that have shipped a parcel. */
    private final Set<String> shipped = ConcurrentHashMap.newKeySet();

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
        Payment payment = payments.find(request.get("paymentId").text(""))
                .orElseThrow(() -> new HttpError(402, "the order is not paid"));
        long value = items.stream().mapToLong(Warehouse.Item::value).sum();
        if (!payment.captured() || !payment.reference().equals("order-" + orderId)) {
            throw new HttpError(402, "no captured payment of this order covers these items");
        }
        if (!shipped.add(payment.id())) {
            throw HttpError.conflict("this payment has shipped a parcel already");
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
