package wallet;

import dev.fixpoint.kit.Database;
import dev.fixpoint.kit.HttpError;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Moves money between wallets. Every payment out of a wallet is screened by the fraud screen first, and every change
 * is written to the ledger ({@code entry}) next to the balance ({@code account}). Amounts are in cents.
 *
 * <p>A balance read in Java is only ever a hint (for the fraud screen, for an early refusal): the decision that the
 * wallet covers a payment is taken by the database, in the same statement that takes the money, so that two payments
 * at the same instant can never both spend the same credit.
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
        try (Connection connection = db.connect()) {
            connection.setAutoCommit(false);
            try {
                if (!takeFrom(connection, customer, amount)) {
                    connection.rollback();
                    throw HttpError.conflict("insufficient funds");
                }
                record(connection, customer, -amount, reference);
                long left = balanceIn(connection, customer);
                connection.commit();
                return left;
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
        long balance = balance(from);
        balance(to);
        if (balance < amount) {
            throw HttpError.conflict("insufficient funds");
        }
        fraud.review(from, amount, balance);
        try (Connection connection = db.connect()) {
            connection.setAutoCommit(false);
            try {
                if (!takeFrom(connection, from, amount)) {
                    connection.rollback();
                    throw HttpError.conflict("insufficient funds");
                }
                try (PreparedStatement credit = connection.prepareStatement("UPDATE account SET balance = balance + ? WHERE customer = ?")) {
                    credit.setLong(1, amount);
                    credit.setString(2, to);
                    if (credit.executeUpdate() != 1) {
                        connection.rollback();
                        throw HttpError.notFound("no wallet for " + to);
                    }
                }
                record(connection, from, -amount, reference);
                record(connection, to, amount, reference);
                long left = balanceIn(connection, from);
                connection.commit();
                return left;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    /** Takes the amount in one statement, only if the balance covers it: false when it does not. */
    private static boolean takeFrom(Connection connection, String customer, long amount) throws SQLException {
        try (PreparedStatement debit = connection.prepareStatement(
                "UPDATE account SET balance = balance - ? WHERE customer = ? AND balance >= ?")) {
            debit.setLong(1, amount);
            debit.setString(2, customer);
            debit.setLong(3, amount);
            return debit.executeUpdate() == 1;
        }
    }

    private static long balanceIn(Connection connection, String customer) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT balance FROM account WHERE customer = ?")) {
            select.setString(1, customer);
            try (var rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
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
