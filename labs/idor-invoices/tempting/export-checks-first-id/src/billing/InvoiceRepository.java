package billing;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** Reads and writes invoices with plain JDBC. */
public class InvoiceRepository {

    private static final String COLUMNS = "id, owner, customer, description, amount, status";

    private final String jdbcUrl;

    public InvoiceRepository(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    public List<Invoice> findByOwner(String owner) throws SQLException {
        return query("SELECT " + COLUMNS + " FROM invoices WHERE owner = ? ORDER BY id", owner);
    }

    /** Any invoice, whoever owns it: only for callers allowed to read every invoice. */
    public Optional<Invoice> findById(long id) throws SQLException {
        return query("SELECT " + COLUMNS + " FROM invoices WHERE id = ?", id).stream().findFirst();
    }

    /** The invoice if {@code owner} owns it; empty for an id that does not exist and for someone else's. */
    public Optional<Invoice> findByIdOwnedBy(long id, String owner) throws SQLException {
        return query("SELECT " + COLUMNS + " FROM invoices WHERE id = ? AND owner = ?", id, owner).stream().findFirst();
    }

    /** Any invoices with these ids, in id order: only for callers allowed to read every invoice. */
    public List<Invoice> findAllById(List<Long> ids) throws SQLException {
        String placeholders = String.join(", ", Collections.nCopies(ids.size(), "?"));
        return query("SELECT " + COLUMNS + " FROM invoices WHERE id IN (" + placeholders + ") ORDER BY id", ids.toArray());
    }

    /** Those of the invoices with these ids that {@code owner} owns, in id order. */
    public List<Invoice> findAllByIdOwnedBy(List<Long> ids, String owner) throws SQLException {
        String placeholders = String.join(", ", Collections.nCopies(ids.size(), "?"));
        List<Object> parameters = new ArrayList<>(ids);
        parameters.add(owner);
        return query("SELECT " + COLUMNS + " FROM invoices WHERE id IN (" + placeholders + ") AND owner = ? ORDER BY id",
                parameters.toArray());
    }

    public Invoice insert(String owner, String customer, String description, BigDecimal amount) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl);
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO invoices (owner, customer, description, amount, status) VALUES (?, ?, ?, ?, 'draft')",
                     Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, owner);
            insert.setString(2, customer);
            insert.setString(3, description);
            insert.setBigDecimal(4, amount);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return new Invoice(keys.getLong(1), owner, customer, description, amount, "draft");
            }
        }
    }

    /** Saves customer, description, amount and status; false if {@code owner} owns no such invoice. */
    public boolean updateOwnedBy(Invoice invoice, String owner) throws SQLException {
        return execute("UPDATE invoices SET customer = ?, description = ?, amount = ?, status = ? WHERE id = ? AND owner = ?",
                invoice.customer(), invoice.description(), invoice.amount(), invoice.status(), invoice.id(), owner) == 1;
    }

    /** False if {@code owner} owns no such invoice. */
    public boolean deleteOwnedBy(long id, String owner) throws SQLException {
        return execute("DELETE FROM invoices WHERE id = ? AND owner = ?", id, owner) == 1;
    }

    private List<Invoice> query(String sql, Object... parameters) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl);
             PreparedStatement statement = prepare(connection, sql, parameters);
             ResultSet rows = statement.executeQuery()) {
            List<Invoice> invoices = new ArrayList<>();
            while (rows.next()) {
                invoices.add(new Invoice(rows.getLong("id"), rows.getString("owner"), rows.getString("customer"),
                        rows.getString("description"), rows.getBigDecimal("amount"), rows.getString("status")));
            }
            return invoices;
        }
    }

    private int execute(String sql, Object... parameters) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl);
             PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
