package store;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The shop's customers and a few past orders. */
@Component
class Seed {

    Seed(JdbcTemplate jdbc, @Value("${fixpoint.secrets.customer-note}") String note,
         @Value("${fixpoint.secrets.buyer-email}") String email) {
        jdbc.update("INSERT INTO customer (username, email, phone, note) VALUES (?, ?, ?, ?), (?, ?, ?, ?)",
                "carol", "carol@example.com", "+44 20 7946 0101", "prefers pick-up in store",
                "dave", email + "@example.net", "+44 20 7946 0958", "VIP: " + note);
        jdbc.update("INSERT INTO customer_order (customer, product_id, quantity, total) VALUES (?, 3, 1, 129.00), (?, 1, 4, 99.60)",
                "dave", "dave");
    }
}
