package shop;

import catalog.Catalog.Product;
import dev.fixpoint.kit.HttpError;
import dev.fixpoint.lab.Json;
import payments.PaymentsClient;
import payments.PaymentsClient.Payment;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The checkout's steps. The checkout page moves an order on with {@code POST /orders/{id}/transitions}: to "paid" with
 * the id of the payment the customer made at the provider, to "shipped" with a delivery address, or to "cancelled".
 * The order's status decides which step may come next (cart, then paid, then shipped; cancelled before shipping), and
 * a payment confirms exactly one order: the one its reference names, for the order's total, once.
 */
public class Checkout {

    private final PaymentsClient payments;
    private final FulfilmentClient fulfilment;
    /** Payments that have confirmed an order already. */
    private final Set<String> usedPayments = ConcurrentHashMap.newKeySet();

    public Checkout(PaymentsClient payments, FulfilmentClient fulfilment) {
        this.payments = payments;
        this.fulfilment = fulfilment;
    }

    public void addItem(Order order, Product product, int quantity) {
        require(order, OrderStatus.CART);
        order.addLine(product, quantity);
    }

    public void transition(Order order, String to, Json body) {
        switch (OrderStatus.parse(to)) {
            case PAID -> {
                require(order, OrderStatus.CART);
                Payment payment = payments.find(body.get("paymentId").text(""))
                        .orElseThrow(() -> new HttpError(402, "no such payment"));
                if (!payment.captured()) {
                    throw new HttpError(402, "the payment is " + payment.status());
                }
                if (!payment.reference().equals(order.reference()) || order.total() == 0) {
                    throw new HttpError(402, "the payment is not for this order and its total");
                }
                if (!usedPayments.add(payment.id())) {
                    throw HttpError.conflict("the payment has confirmed an order already");
                }
                order.setPaymentId(payment.id());
                order.setStatus(OrderStatus.PAID);
            }
            case SHIPPED -> {
                require(order, OrderStatus.PAID);
                Json shipment = fulfilment.ship(Json.object("orderId", Long.toString(order.id()), "customer", order.customer(),
                        "items", order.items(), "paymentId", order.paymentId(), "address", body.get("address").text("")));
                order.setShipmentId(shipment.get("id").text(""));
                order.setStatus(OrderStatus.SHIPPED);
            }
            case CANCELLED -> {
                if (order.status() == OrderStatus.PAID) {
                    payments.refund(order.paymentId());
                } else {
                    require(order, OrderStatus.CART);
                }
                order.setStatus(OrderStatus.CANCELLED);
            }
            case CART -> throw HttpError.conflict("an order cannot go back to the cart");
        }
    }

    /** 409 unless the order is in {@code status}: the step before the one asked for. */
    private static void require(Order order, OrderStatus status) {
        if (order.status() != status) {
            throw HttpError.conflict("the order is " + order.status().label());
        }
    }
}
