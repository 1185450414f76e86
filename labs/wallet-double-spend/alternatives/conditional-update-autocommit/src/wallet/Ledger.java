package wallet;

import dev.fixpoint.kit.Database;
import dev.fixpoint.kit.HttpError;

import java.sql.SQLException;
import java.util.List;

/**
 * Moves money between wallets. Every payment out of a wallet is screened by the fraud screen first, and every change
 * is written to the ledger ({@code entry}) next to the balance ({@code account}). Amounts are in cents.
 *
 * <p>The balances read in Java only serve an early refusal and the fraud screen; whether the wallet covers a payment is
 * decided by the conditional UPDATE that takes the money. Wallets are never closed, so the credit of a transfer, which
 * follows the debit, cannot fail.
 */
public class Ledger {

    private final Database db;
    private final FraudScreen fraud;

    public Ledger(Database db, FraudScreen fraud) {
        this.db = db;
        this.fraud = fraud;
    }

    /** The customer's balance; 404 when they have no wallet. */
    public long balance(String customer) throws SQLException {
        List<Long> balance = db.query("SELECT balance FROM account WHERE customer = ?", row -> row.getLong("balance"), customer);
        if (balance.isEmpty()) {
            throw HttpError.notFound("no wallet for " + customer);
        }
        return balance.getFirst();
    }

    /**
     * Takes {@code amount} cents out of the customer's wallet as a payment; the balance it leaves. 409 when the wallet
     * does not cover it (nothing is taken then), 404 when there is no such wallet.
     */
    public long debit(String customer, long amount, String reference) throws SQLException {
        long balance = balance(customer);
        if (balance < amount) {
            throw HttpError.conflict("insufficient funds");
        }
        fraud.review(customer, amount, balance);
        takeFrom(customer, amount);
        db.insert("INSERT INTO entry (customer, amount, reference) VALUES (?, ?, ?)", customer, -amount, reference);
        return balance(customer);
    }

    /**
     * Moves {@code amount} cents from one wallet to another; the balance left in {@code from}. 409 when {@code from}
     * does not cover it (nothing moves then), 404 when either wallet does not exist.
     */
    public long transfer(String from, String to, long amount, String reference) throws SQLException {
        long balance = balance(from);
        balance(to);
        if (balance < amount) {
            throw HttpError.conflict("insufficient funds");
        }
        fraud.review(from, amount, balance);
        takeFrom(from, amount);
        db.update("UPDATE account SET balance = balance + ? WHERE customer = ?", amount, to);
        db.insert("INSERT INTO entry (customer, amount, reference) VALUES (?, ?, ?)", from, -amount, reference);
        db.insert("INSERT INTO entry (customer, amount, reference) VALUES (?, ?, ?)", to, amount, reference);
        return balance(from);
    }

    /**
     * The payment itself: one statement that subtracts the amount only if the balance still covers it, evaluated by the
     * database on the current row. 409 when it changed no row: another payment got there first.
     */
    private void takeFrom(String customer, long amount) throws SQLException {
        if (db.update("UPDATE account SET balance = balance - ? WHERE customer = ? AND balance >= ?", amount, customer, amount) != 1) {
            throw HttpError.conflict("insufficient funds");
        }
    }
}
