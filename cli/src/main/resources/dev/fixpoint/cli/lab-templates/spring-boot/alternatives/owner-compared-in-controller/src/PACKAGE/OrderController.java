package {{package}};

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.security.Principal;
import java.util.List;

/** The customer's orders. */
@RestController
public class OrderController {

    private final Orders orders;

    public OrderController(Orders orders) {
        this.orders = orders;
    }

    @GetMapping("/orders")
    public List<PurchaseOrder> mine(Principal user) {
        return orders.findByOwner(user.getName());
    }

    @GetMapping("/orders/{id}")
    public ResponseEntity<PurchaseOrder> order(@PathVariable Long id, Principal user) {
        return orders.findById(id).filter(order -> order.owner().equals(user.getName())).map(ResponseEntity::ok).orElse(ResponseEntity.notFound().build());
    }

    @DeleteMapping("/orders/{id}")
    public ResponseEntity<Void> cancel(@PathVariable Long id, Principal user) {
        return orders.findById(id).filter(order -> order.owner().equals(user.getName())).map(order -> {
            orders.delete(order);
            return ResponseEntity.noContent().<Void>build();
        }).orElse(ResponseEntity.notFound().build());
    }
}
