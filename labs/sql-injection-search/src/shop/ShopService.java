package shop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.fixpoint.lab.LabService;
import dev.fixpoint.lab.ServiceContext;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Map;

/** The shop's catalogue: search and add products. */
public class ShopService implements LabService {

    private final ObjectMapper json = new ObjectMapper();

    @Override
    public HttpHandler start(ServiceContext context) throws Exception {
        String url = "jdbc:h2:mem:shop;DB_CLOSE_DELAY=-1";
        try (Connection connection = DriverManager.getConnection(url); Statement ddl = connection.createStatement()) {
            ddl.execute("CREATE TABLE products (id BIGINT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(200) NOT NULL, "
                    + "description VARCHAR(1000), price DECIMAL(10, 2) NOT NULL, published BOOLEAN NOT NULL)");
            ddl.execute("CREATE TABLE users (username VARCHAR(100) PRIMARY KEY, api_key VARCHAR(100) NOT NULL)");
            try (PreparedStatement product = connection.prepareStatement(
                    "INSERT INTO products (name, description, price, published) VALUES (?, ?, ?, ?)")) {
                Object[][] rows = {
                        {"Espresso cup", "Porcelain, 80 ml", "9.50", true},
                        {"Coffee grinder", "Conical burrs, 40 settings", "129.00", true},
                        {"Milk jug", "Stainless steel, 350 ml", "19.90", true},
                        {context.secret("unreleased-product"), "Launches next quarter", "499.00", false}};
                for (Object[] row : rows) {
                    product.setString(1, (String) row[0]);
                    product.setString(2, (String) row[1]);
                    product.setBigDecimal(3, new BigDecimal((String) row[2]));
                    product.setBoolean(4, (Boolean) row[3]);
                    product.executeUpdate();
                }
            }
            try (PreparedStatement user = connection.prepareStatement("INSERT INTO users VALUES (?, ?)")) {
                user.setString(1, "admin");
                user.setString(2, context.secret("admin-api-key"));
                user.executeUpdate();
            }
        }
        ProductRepository products = new ProductRepository(url);
        return exchange -> route(exchange, products);
    }

    private void route(HttpExchange exchange, ProductRepository products) throws IOException {
        String path = exchange.getRequestURI().getPath();
        try {
            if (exchange.getRequestMethod().equals("GET") && path.equals("/products/search")) {
                String query = queryParameter(exchange.getRequestURI().getRawQuery(), "q");
                send(exchange, 200, products.search(query));
            } else if (exchange.getRequestMethod().equals("POST") && path.equals("/products")) {
                JsonNode body = json.readTree(exchange.getRequestBody());
                Product added = products.add(body.path("name").asText(), body.path("description").asText(""),
                        new BigDecimal(body.path("price").asText("0")));
                send(exchange, 201, added);
            } else {
                send(exchange, 404, Map.of("error", "not found"));
            }
        } catch (java.sql.SQLException e) {
            send(exchange, 500, Map.of("error", "database error"));
        } catch (IllegalArgumentException e) {
            send(exchange, 400, Map.of("error", "bad request"));
        }
    }

    private static String queryParameter(String rawQuery, String name) {
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0 && pair.substring(0, equals).equals(name)) {
                    return URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                }
            }
        }
        return "";
    }

    private void send(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = json.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
