package books;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.math.BigDecimal;
import java.security.Principal;
import java.util.List;

/** The catalog, open to everyone, and the signed-in customer's own orders. */
@RestController
public class ShopController {

    public record Book(long id, String title, String author, BigDecimal price) {
    }

    public record NewOrder(long bookId, int quantity) {
    }

    public record Order(long id, String title, int quantity, BigDecimal total, String payment) {
    }

    private final JdbcClient jdbc;
    private final PaymentGateway payments;

    public ShopController(JdbcClient jdbc, PaymentGateway payments) {
        this.jdbc = jdbc;
        this.payments = payments;
    }

    @GetMapping("/api/books")
    public List<Book> books() {
        return jdbc.sql("SELECT id, title, author, price FROM book ORDER BY id").query(Book.class).list();
    }

    @GetMapping("/api/orders")
    public List<Order> orders(Principal customer) {
        return jdbc.sql("""
                        SELECT o.id, b.title, o.quantity, o.total, o.payment FROM book_order o JOIN book b ON b.id = o.book_id
                        WHERE o.customer = ? ORDER BY o.id""")
                .param(customer.getName()).query(Order.class).list();
    }

    @PostMapping("/api/orders")
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    public Order order(@RequestBody NewOrder order, Principal customer) {
        if (order.quantity() < 1 || order.quantity() > 20) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "quantity: 1 to 20");
        }
        Book book = jdbc.sql("SELECT id, title, author, price FROM book WHERE id = ?").param(order.bookId())
                .query(Book.class).optional()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such book"));
        BigDecimal total = book.price().multiply(BigDecimal.valueOf(order.quantity()));
        String payment = payments.charge(customer.getName(), total);
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO book_order (customer, book_id, quantity, total, payment) VALUES (?, ?, ?, ?, ?)")
                .params(customer.getName(), book.id(), order.quantity(), total, payment).update(key, "id");
        return new Order(key.getKey().longValue(), book.title(), order.quantity(), total, payment);
    }
}
