package wallet;

import dev.fixpoint.kit.Database;
import dev.fixpoint.kit.HttpError;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Moves money between wallets. Every payment out of a wallet is screened by the fraud screen first, and every change
 * is written to the ledger ({@code entry}) next to the balance ({@code account}). Amounts are in cents.
 *
 * <p>Each payment runs in one transaction that first locks the wallets it touches (SELECT ... FOR UPDATE): a second
 * payment out of the same wallet waits at its own SELECT until the first commits, then reads the balance the first
 * one left. The check, the fraud screen and the write all see the same, current balance.
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
        try (Connection connection = db.connect()) {
            connection.setAutoCommit(false);
            try {
                long balance = lock(connection, customer);
                if (balance < amount) {
                    throw HttpError.conflict("insufficient funds");
                }
                fraud.review(customer, amount, balance);
                set(connection, customer, balance - amount);
                record(connection, customer, -amount, reference);
                connection.commit();
                return balance - amount;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    /**
     * Moves {@code amount} cents from one wallet to another; the balance left in {@code from}. 409 when {@code from}
     * does not cover it (nothing moves then), 404 when either wallet does not exist.
     */
    public long transfer(String from, String to, long amount, String reference) throws SQLException {
        try (Connection connection = db.connect()) {
            connection.setAutoCommit(false);
            try {
                // Both rows are locked, always in the same order, so that two transfers in opposite directions cannot deadlock.
                boolean fromFirst = from.compareTo(to) < 0;
                long first = lock(connection, fromFirst ? from : to);
                long second = lock(connection, fromFirst ? to : from);
                long balance = fromFirst ? first : second;
                long received = fromFirst ? second : first;
                if (balance < amount) {
                    throw HttpError.conflict("insufficient funds");
                }
                fraud.review(from, amount, balance);
                set(connection, from, balance - amount);
                set(connection, to, received + amount);
                record(connection, from, -amount, reference);
                record(connection, to, amount, reference);
                connection.commit();
                return balance - amount;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    /** Locks the customer's row until the transaction ends; its balance. 404 when there is no such wallet. */
    private static long lock(Connection connection, String customer) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT balance FROM account WHERE customer = ? FOR UPDATE")) {
            select.setString(1, customer);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    throw HttpError.notFound("no wallet for " + customer);
                }
                return rows.getLong(1);
            }
        }
    }

    private static void set(Connection connection, String customer, long balance) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE account SET balance = ? WHERE customer = ?")) {
            update.setLong(1, balance);
            update.setString(2, customer);
            update.executeUpdate();
        }
    }

    private static void record(Connection connection, String customer, long amount, String reference) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO entry (customer, amount, reference) VALUES (?, ?, ?)")) {
            insert.setString(1, customer);
            insert.setLong(2, amount);
            insert.setString(3, reference);
            insert.executeUpdate();
        }
    }
}
