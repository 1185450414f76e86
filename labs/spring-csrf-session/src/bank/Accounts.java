package bank;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** The members' accounts, payees and transfers. */
@Repository
public class Accounts {

    public record Account(String username, String fullName, String email, BigDecimal balance) {
    }

    public record Payee(long id, String name, String iban) {
    }

    public record Transfer(long id, String payee, BigDecimal amount, String reference) {
    }

    private final JdbcTemplate jdbc;

    Accounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Account account(String username) {
        return jdbc.queryForObject("SELECT username, full_name, email, balance FROM customer WHERE username = ?",
                (row, n) -> new Account(row.getString(1), row.getString(2), row.getString(3), row.getBigDecimal(4)), username);
    }

    public void changeEmail(String username, String email) {
        jdbc.update("UPDATE customer SET email = ? WHERE username = ?", email, username);
        jdbc.update("INSERT INTO email_change (username, email) VALUES (?, ?)", username, email);
    }

    /** The addresses the member's e-mail was changed to, latest first: the record behind the bank's security notices. */
    public List<String> emailChanges(String username) {
        return jdbc.queryForList("SELECT email FROM email_change WHERE username = ? ORDER BY id DESC", String.class, username);
    }

    public List<Payee> payees(String username) {
        return jdbc.query("SELECT id, name, iban FROM payee WHERE owner = ? ORDER BY id",
                (row, n) -> new Payee(row.getLong(1), row.getString(2), row.getString(3)), username);
    }

    public void addPayee(String username, String name, String iban) {
        jdbc.update("INSERT INTO payee (owner, name, iban) VALUES (?, ?, ?)", username, name, iban);
    }

    public List<Transfer> transfers(String username) {
        return jdbc.query("""
                        SELECT t.id, p.name, t.amount, t.reference FROM transfer t JOIN payee p ON p.id = t.payee_id
                        WHERE t.owner = ? ORDER BY t.id DESC""",
                (row, n) -> new Transfer(row.getLong(1), row.getString(2), row.getBigDecimal(3), row.getString(4)), username);
    }

    /** Moves money from the member's account to one of their own payees; empty when the payee is not theirs. */
    @Transactional
    public Optional<Transfer> transfer(String username, long payeeId, BigDecimal amount, String reference) {
        Optional<Payee> payee = payees(username).stream().filter(p -> p.id() == payeeId).findFirst();
        if (payee.isEmpty() || jdbc.update("UPDATE customer SET balance = balance - ? WHERE username = ? AND balance >= ?",
                amount, username, amount) != 1) {
            return Optional.empty();
        }
        jdbc.update("INSERT INTO transfer (owner, payee_id, amount, reference) VALUES (?, ?, ?, ?)", username, payeeId, amount, reference);
        return Optional.of(transfers(username).getFirst());
    }
}
