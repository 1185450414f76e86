package dev.fixpoint.kit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * An in-memory H2 database for a lab service (the lab names the {@code h2} library too), with the few statements
 * services need. Every value is bound as a parameter; labs whose flaw is SQL write their own statements.
 */
public final class Database {

    /** Reads one row. */
    @FunctionalInterface
    public interface Row<T> {
        T read(ResultSet row) throws SQLException;
    }

    private final String url;

    private Database(String url) {
        this.url = url;
    }

    /** A fresh database named {@code name}, kept while the service runs. */
    public static Database memory(String name) {
        return new Database("jdbc:h2:mem:" + dev.fixpoint.lab.host.ServiceHost.runScoped(name) + ";DB_CLOSE_DELAY=-1");
    }

    /** The JDBC URL, for code that opens its own connections (the lab's repository). */
    public String url() {
        return url;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url);
    }

    /** Runs statements without parameters, such as the schema. */
    public void run(String... statements) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    /** An INSERT, UPDATE or DELETE; the number of rows it changed. */
    public int update(String sql, Object... args) throws SQLException {
        try (Connection connection = connect(); PreparedStatement statement = prepare(connection, sql, false, args)) {
            return statement.executeUpdate();
        }
    }

    /** An INSERT into a table with a generated key; the key. */
    public long insert(String sql, Object... args) throws SQLException {
        try (Connection connection = connect(); PreparedStatement statement = prepare(connection, sql, true, args)) {
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("the insert generated no key: " + sql);
                }
                return keys.getLong(1);
            }
        }
    }

    /** A query's rows, each read by {@code row}. */
    public <T> List<T> query(String sql, Row<T> row, Object... args) throws SQLException {
        try (Connection connection = connect(); PreparedStatement statement = prepare(connection, sql, false, args);
             ResultSet rows = statement.executeQuery()) {
            List<T> read = new ArrayList<>();
            while (rows.next()) {
                read.add(row.read(rows));
            }
            return read;
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, boolean keys, Object... args) throws SQLException {
        PreparedStatement statement = keys ? connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS) : connection.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            statement.setObject(i + 1, args[i]);
        }
        return statement;
    }
}
