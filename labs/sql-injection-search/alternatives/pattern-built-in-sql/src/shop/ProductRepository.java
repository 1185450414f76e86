package shop;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads and writes products with plain JDBC. */
public class ProductRepository {

    private final String jdbcUrl;

    public ProductRepository(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    /** Published products whose name contains {@code query}, ignoring case. */
    public List<Product> search(String query) throws SQLException {
        // The pattern is built by the database around the bound value: the text is still never parsed as SQL.
        String sql = "SELECT id, name, description, price FROM products "
                + "WHERE published = TRUE AND LOWER(name) LIKE CONCAT('%', LOWER(?), '%') ORDER BY id";
        try (Connection connection = DriverManager.getConnection(jdbcUrl);
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, query);
            try (ResultSet rows = statement.executeQuery()) {
                List<Product> products = new ArrayList<>();
                while (rows.next()) {
                    products.add(new Product(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getBigDecimal(4)));
                }
                return products;
            }
        }
    }

    /** Adds a published product and returns it with its id. */
    public Product add(String name, String description, BigDecimal price) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl);
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO products (name, description, price, published) VALUES (?, ?, ?, TRUE)",
                     Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, name);
            insert.setString(2, description);
            insert.setBigDecimal(3, price);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return new Product(keys.getLong(1), name, description, price);
            }
        }
    }
}
