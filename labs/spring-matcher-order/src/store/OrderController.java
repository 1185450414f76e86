package store;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.security.Principal;
import java.util.List;

/** A customer's own orders. */
@RestController
@RequestMapping("/api/orders")
public class OrderController {

    public record OrderForm(long productId, int quantity) {
    }

    private final Orders orders;
    private final Products products;

    public OrderController(Orders orders, Products products) {
        this.orders = orders;
        this.products = products;
    }

    @GetMapping
    public List<CustomerOrder> mine(Principal user) {
        return orders.findByCustomerOrderById(user.getName());
    }

    @PostMapping
    public ResponseEntity<CustomerOrder> place(@RequestBody OrderForm form, Principal user) {
        if (form.quantity() < 1 || form.quantity() > 100) {
            return ResponseEntity.badRequest().build();
        }
        return products.findById(form.productId())
                .map(product -> orders.save(new CustomerOrder(null, user.getName(), product.id(), form.quantity(),
                        product.price().multiply(BigDecimal.valueOf(form.quantity())))))
                .map(order -> ResponseEntity.status(HttpStatus.CREATED).body(order))
                .orElse(ResponseEntity.notFound().build());
    }
}
