package shop;

import catalog.Catalog.Product;
import dev.fixpoint.kit.HttpError;
import dev.fixpoint.lab.Json;
import payments.PaymentsClient;
import payments.PaymentsClient.Payment;

/**
 * The checkout's steps. The checkout page moves an order on with {@code POST /orders/{id}/transitions}: to "paid" with
 * the id of the payment the customer made at the provider, to "shipped" with a delivery address, or to "cancelled".
 */
public class Checkout {

    private final PaymentsClient payments;
    private final FulfilmentClient fulfilment;

    public Checkout(PaymentsClient payments, FulfilmentClient fulfilment) {
        this.payments = payments;
        this.fulfilment = fulfilment;
    }

    public void addItem(Order order, Product product, int quantity) {
        if (order.status() == OrderStatus.SHIPPED || order.status() == OrderStatus.CANCELLED) {
            throw HttpError.conflict("the order is " + order.status().label());
        }
        order.addLine(product, quantity);
    }

    public void transition(Order order, String to, Json body) {
        switch (OrderStatus.parse(to)) {
            case PAID -> {
                if (order.status() != OrderStatus.CART) {
                    throw HttpError.conflict("the order is " + order.status().label());
                }
                Payment payment = payments.find(body.get("paymentId").text(""))
                        .orElseThrow(() -> new HttpError(402, "no such payment"));
                if (!payment.captured()) {
                    throw new HttpError(402, "the payment is " + payment.status());
                }
                order.setPaymentId(payment.id());
                order.setStatus(OrderStatus.PAID);
            }
            case SHIPPED -> {
                if (order.status() == OrderStatus.SHIPPED || order.status() == OrderStatus.CANCELLED) {
                    throw HttpError.conflict("the order is " + order.status().label());
                }
                String paymentId = order.paymentId() != null ? order.paymentId() : body.get("paymentId").text("");
                if (paymentId.isBlank()) {
                    throw new HttpError(402, "pay for the order first");
                }
                Json shipment = fulfilment.ship(Json.object("orderId", Long.toString(order.id()), "customer", order.customer(),
                        "items", order.items(), "paymentId", paymentId, "address", body.get("address").text(""),
                        "paid", true));
                order.setShipmentId(shipment.get("id").text(""));
                order.setStatus(OrderStatus.SHIPPED);
            }
            case CANCELLED -> {
                if (order.status() == OrderStatus.SHIPPED) {
                    throw HttpError.conflict("the order has shipped");
                }
                if (order.status() == OrderStatus.PAID) {
                    payments.refund(order.paymentId());
                }
                order.setStatus(OrderStatus.CANCELLED);
            }
            case CART -> throw HttpError.conflict("an order cannot go back to the cart");
        }
    }
}
