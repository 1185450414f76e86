package shop;

import dev.fixpoint.kit.HttpError;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** The orders, in memory. */
public final class Orders {

    private final Map<Long, Order> orders = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong(5000);

    public Order create(String customer) {
        Order order = new Order(ids.incrementAndGet(), customer);
        orders.put(order.id(), order);
        return order;
    }

    /** The customer's order with this id; 404 when there is none. */
    public Order find(long id, String customer) {
        Order order = orders.get(id);
        if (order == null || !order.customer().equals(customer)) {
            throw HttpError.notFound("order not found");
        }
        return order;
    }

    public List<Order> of(String customer) {
        return orders.values().stream().filter(order -> order.customer().equals(customer))
                .sorted((a, b) -> Long.compare(a.id(), b.id())).toList();
    }
}
