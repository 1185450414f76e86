package bank;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** The customers' accounts and their outgoing transfers. */
@Repository
public class Accounts {

    public record Account(String username, String fullName, String iban, BigDecimal balance, List<Transfer> transfers) {
    }

    public record Transfer(long id, String toIban, BigDecimal amount, String reference) {
    }

    private final JdbcTemplate jdbc;

    Accounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Account account(String username) {
        List<Transfer> transfers = jdbc.query(
                "SELECT id, to_iban, amount, reference FROM transfer WHERE owner = ? ORDER BY id DESC",
                (row, n) -> new Transfer(row.getLong(1), row.getString(2), row.getBigDecimal(3), row.getString(4)), username);
        return jdbc.queryForObject("SELECT username, full_name, iban, balance FROM customer WHERE username = ?",
                (row, n) -> new Account(row.getString(1), row.getString(2), row.getString(3), row.getBigDecimal(4), transfers),
                username);
    }

    /** Sends money from the customer's account to any IBAN; empty when the balance does not cover it. */
    @Transactional
    public Optional<Transfer> transfer(String username, String toIban, BigDecimal amount, String reference) {
        if (jdbc.update("UPDATE customer SET balance = balance - ? WHERE username = ? AND balance >= ?",
                amount, username, amount) != 1) {
            return Optional.empty();
        }
        jdbc.update("INSERT INTO transfer (owner, to_iban, amount, reference) VALUES (?, ?, ?, ?)", username, toIban, amount, reference);
        return Optional.of(account(username).transfers().getFirst());
    }
}
