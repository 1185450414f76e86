package shop;

import catalog.Catalog.Product;
import dev.fixpoint.kit.HttpError;
import dev.fixpoint.lab.Json;
import payments.PaymentsClient;
import payments.PaymentsClient.Payment;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The checkout's steps, as a table of the transitions the order's workflow allows. A payment is claimed for one order
 * when it confirms it: the claim records which order, so it can never confirm another.
 */
public class Checkout {

    private static final Map<OrderStatus, Set<OrderStatus>> NEXT = new EnumMap<>(Map.of(
            OrderStatus.CART, Set.of(OrderStatus.PAID, OrderStatus.CANCELLED),
            OrderStatus.PAID, Set.of(OrderStatus.SHIPPED, OrderStatus.CANCELLED),
            OrderStatus.SHIPPED, Set.of(),
            OrderStatus.CANCELLED, Set.of()));

    private final PaymentsClient payments;
    private final FulfilmentClient fulfilment;
    /** Payment id to the order it confirmed. */
    private final Map<String, Long> claims = new ConcurrentHashMap<>();

    public Checkout(PaymentsClient payments, FulfilmentClient fulfilment) {
        this.payments = payments;
        this.fulfilment = fulfilment;
    }

    public void addItem(Order order, Product product, int quantity) {
        if (order.status() != OrderStatus.CART) {
            throw HttpError.conflict("items can change only while the order is in the cart");
        }
        order.addLine(product, quantity);
    }

    public void transition(Order order, String to, Json body) {
        OrderStatus from = order.status();
        OrderStatus target = OrderStatus.parse(to);
        if (!NEXT.get(from).contains(target)) {
            throw HttpError.conflict("an order that is " + from.label() + " cannot become " + target.label());
        }
        switch (target) {
            case PAID -> {
                Payment payment = payments.find(body.get("paymentId").text("")).filter(Payment::captured)
                        .filter(found -> found.reference().equals(order.reference()))
                        .filter(found -> found.amount() == order.total() && order.total() > 0)
                        .orElseThrow(() -> new HttpError(402, "no captured payment of this order's total"));
                if (claims.putIfAbsent(payment.id(), order.id()) != null) {
                    throw HttpError.conflict("the payment has been used");
                }
                order.setPaymentId(payment.id());
            }
            case SHIPPED -> order.setShipmentId(fulfilment.ship(Json.object("orderId", Long.toString(order.id()),
                    "customer", order.customer(), "items", order.items(), "paymentId", order.paymentId(),
                    "address", body.get("address").text(""))).get("id").text(""));
            case CANCELLED -> {
                if (from == OrderStatus.PAID) {
                    payments.refund(order.paymentId());
                }
            }
            default -> throw new IllegalStateException();
        }
        order.setStatus(target);
    }
}
