package dev.fixpoint.runtime.java;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;

/** Creates, uses and drops a private in-memory database; nothing of it outlives the warm-up. */
final class H2 {

    private H2() {
    }

    static void run(int rounds) throws Exception {
        // A random name and no DB_CLOSE_DELAY: the database disappears when the connection closes.
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:warm-up-" + UUID.randomUUID());
             Statement ddl = connection.createStatement()) {
            ddl.execute("CREATE TABLE item (id BIGINT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(200) NOT NULL, price DECIMAL(10, 2), live BOOLEAN)");
            for (int i = 0; i < rounds; i++) {
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO item (name, price, live) VALUES (?, ?, ?)",
                        Statement.RETURN_GENERATED_KEYS)) {
                    insert.setString(1, "item " + i);
                    insert.setBigDecimal(2, java.math.BigDecimal.valueOf(i));
                    insert.setBoolean(3, i % 2 == 0);
                    insert.executeUpdate();
                    try (ResultSet keys = insert.getGeneratedKeys()) {
                        keys.next();
                    }
                }
                try (PreparedStatement select = connection.prepareStatement("SELECT id, name, price FROM item WHERE live = TRUE AND LOWER(name) LIKE ? ORDER BY id");
                     Statement plain = connection.createStatement()) {
                    select.setString(1, "%" + i + "%");
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            rows.getString(2);
                        }
                    }
                    try (ResultSet rows = plain.executeQuery("SELECT COUNT(*) FROM item WHERE name = 'item " + i + "'")) {
                        rows.next();
                    }
                }
            }
            ddl.execute("DROP ALL OBJECTS");
        }
    }
}
