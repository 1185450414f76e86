package shop;

import catalog.Catalog.Product;
import dev.fixpoint.lab.Json;

import java.util.ArrayList;
import java.util.List;

/** A customer's order: its lines, where it is in the checkout, the payment it was confirmed with, its shipment. */
public final class Order {

    /** A line of an order. */
    public record Line(Product product, int quantity) {
        public long amount() {
            return product.price() * quantity;
        }
    }

    private final long id;
    private final String customer;
    private final List<Line> lines = new ArrayList<>();
    private OrderStatus status = OrderStatus.CART;
    private String paymentId;
    private String shipmentId;

    Order(long id, String customer) {
        this.id = id;
        this.customer = customer;
    }

    public long id() {
        return id;
    }

    public String customer() {
        return customer;
    }

    /** The payment provider's reference for this order, as the checkout page fills it in. */
    public String reference() {
        return "order-" + id;
    }

    public synchronized List<Line> lines() {
        return List.copyOf(lines);
    }

    /** The sum of the lines, in cents. */
    public synchronized long total() {
        return lines.stream().mapToLong(Line::amount).sum();
    }

    public synchronized OrderStatus status() {
        return status;
    }

    public synchronized String paymentId() {
        return paymentId;
    }

    public synchronized void addLine(Product product, int quantity) {
        lines.add(new Line(product, quantity));
    }

    public synchronized void setStatus(OrderStatus status) {
        this.status = status;
    }

    public synchronized void setPaymentId(String paymentId) {
        this.paymentId = paymentId;
    }

    public synchronized void setShipmentId(String shipmentId) {
        this.shipmentId = shipmentId;
    }

    /** The lines as the warehouse takes them: sku and quantity. */
    public synchronized Json items() {
        return Json.of(lines.stream().map(line -> Json.object("sku", line.product().sku(), "quantity", line.quantity())).toList());
    }

    public synchronized Json json() {
        return Json.object("id", id, "customer", customer, "status", status.label(), "reference", reference(), "total", total(),
                "items", Json.of(lines.stream().map(line -> Json.object("sku", line.product().sku(), "quantity", line.quantity(),
                        "amount", line.amount())).toList()),
                "paymentId", paymentId, "shipmentId", shipmentId);
    }
}
