package fulfilment;

import catalog.Catalog.Product;
import dev.fixpoint.lab.Json;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The shipments the warehouse has sent out, in memory. */
public final class Warehouse {

    /** A line of a shipment. */
    public record Item(Product product, int quantity) {
        public long value() {
            return product.price() * quantity;
        }
    }

    /** A parcel that left the warehouse. */
    public record Shipment(String id, String orderId, String customer, List<Item> items, String address, String paymentId) {
        public Json json() {
            return Json.object("id", id, "orderId", orderId, "customer", customer, "address", address, "paymentId", paymentId,
                    "items", Json.of(items.stream().map(item -> Json.object("sku", item.product().sku(), "quantity", item.quantity())).toList()));
        }
    }

    private final List<Shipment> shipments = new CopyOnWriteArrayList<>();
    private final SecureRandom random = new SecureRandom();

    /** Sends a parcel out; the shipment recorded. */
    public Shipment send(String orderId, String customer, List<Item> items, String address, String paymentId) {
        byte[] bytes = new byte[8];
        random.nextBytes(bytes);
        Shipment shipment = new Shipment("shp_" + HexFormat.of().formatHex(bytes), orderId, customer, List.copyOf(items), address, paymentId);
        shipments.add(shipment);
        return shipment;
    }

    public List<Shipment> of(String customer) {
        return shipments.stream().filter(shipment -> shipment.customer().equals(customer)).toList();
    }
}
