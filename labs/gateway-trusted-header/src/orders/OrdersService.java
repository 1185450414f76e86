package orders;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.fixpoint.lab.LabService;
import dev.fixpoint.lab.ServiceContext;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The internal orders service. It is not exposed to the internet: the gateway authenticates users and
 * forwards their requests here. CallerIdentity tells it which user a request acts for; every query is scoped
 * to that user.
 */
public class OrdersService implements LabService {

    private static final Pattern ORDER_PATH = Pattern.compile("/orders/(\\d{1,18})");

    private final ObjectMapper json = new ObjectMapper();
    private String jdbcUrl;
    private CallerIdentity identity;

    @Override
    public HttpHandler start(ServiceContext context) throws Exception {
        jdbcUrl = "jdbc:h2:mem:orders;DB_CLOSE_DELAY=-1";
        try (Connection connection = DriverManager.getConnection(jdbcUrl); Statement ddl = connection.createStatement()) {
            ddl.execute("CREATE TABLE orders (id BIGINT AUTO_INCREMENT PRIMARY KEY, user_id VARCHAR(40) NOT NULL, "
                    + "item VARCHAR(200) NOT NULL, quantity INT NOT NULL, note VARCHAR(1000) NOT NULL)");
        }
        insert("ceo", "Standing desk", 1, "Deliver to the office");
        insert("ceo", "Engagement ring", 1, context.secret("ceo-order-note"));
        identity = new CallerIdentity(context);
        return this::handle;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getRawPath();
        try {
            Optional<String> user = identity.userId(exchange);
            if (user.isEmpty()) {
                send(exchange, 401, Map.of("error", "no authenticated user"));
                return;
            }
            Matcher orderPath = ORDER_PATH.matcher(path);
            if (path.equals("/orders") && method.equals("GET")) {
                send(exchange, 200, query("SELECT * FROM orders WHERE user_id = ? ORDER BY id", user.get()));
            } else if (path.equals("/orders") && method.equals("POST")) {
                JsonNode body = json.readTree(exchange.getRequestBody());
                String item = body.path("item").asText("");
                int quantity = body.path("quantity").asInt(1);
                String note = body.path("note").asText("");
                if (item.isBlank() || item.length() > 200 || quantity < 1 || quantity > 1000 || note.length() > 1000) {
                    send(exchange, 400, Map.of("error", "item: 1 to 200 characters; quantity: 1 to 1000; note: up to 1000 characters"));
                    return;
                }
                send(exchange, 201, insert(user.get(), item, quantity, note));
            } else if (orderPath.matches() && method.equals("GET")) {
                List<Order> found = query("SELECT * FROM orders WHERE id = ? AND user_id = ?", Long.parseLong(orderPath.group(1)), user.get());
                if (found.isEmpty()) {
                    send(exchange, 404, Map.of("error", "order not found"));
                } else {
                    send(exchange, 200, found.get(0));
                }
            } else {
                send(exchange, 404, Map.of("error", "not found"));
            }
        } catch (SQLException e) {
            send(exchange, 500, Map.of("error", "database error"));
        } catch (IOException e) {
            send(exchange, 400, Map.of("error", "bad request"));
        }
    }

    private Order insert(String userId, String item, int quantity, String note) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl);
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO orders (user_id, item, quantity, note) VALUES (?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, userId);
            insert.setString(2, item);
            insert.setInt(3, quantity);
            insert.setString(4, note);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return new Order(keys.getLong(1), userId, item, quantity, note);
            }
        }
    }

    private List<Order> query(String sql, Object... parameters) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl);
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                List<Order> orders = new ArrayList<>();
                while (rows.next()) {
                    orders.add(new Order(rows.getLong("id"), rows.getString("user_id"), rows.getString("item"),
                            rows.getInt("quantity"), rows.getString("note")));
                }
                return orders;
            }
        }
    }

    private void send(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = json.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
