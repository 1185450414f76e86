package billing;

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
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The invoicing API: accounts and tokens, routing, JSON and CSV. Every /invoices request is authenticated
 * here before InvoiceController sees it.
 */
public class BillingService implements LabService {

    private static final Pattern INVOICE_PATH = Pattern.compile("/invoices/(\\d{1,18})");
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,39}");

    private final ObjectMapper json = new ObjectMapper();
    private final Accounts accounts = new Accounts();
    private InvoiceController invoices;

    @Override
    public HttpHandler start(ServiceContext context) throws Exception {
        String url = "jdbc:h2:mem:billing;DB_CLOSE_DELAY=-1";
        try (Connection connection = DriverManager.getConnection(url); Statement ddl = connection.createStatement()) {
            ddl.execute("CREATE TABLE invoices (id BIGINT AUTO_INCREMENT PRIMARY KEY, owner VARCHAR(40) NOT NULL, "
                    + "customer VARCHAR(200) NOT NULL, description VARCHAR(1000) NOT NULL, "
                    + "amount DECIMAL(12, 2) NOT NULL, status VARCHAR(20) NOT NULL)");
            ddl.execute("CREATE INDEX invoices_owner ON invoices (owner)");
        }
        InvoiceRepository repository = new InvoiceRepository(url);
        invoices = new InvoiceController(repository);

        // An existing customer with real invoices, and the firm's accountant who audits every account.
        accounts.signUp("globex", UUID.randomUUID().toString(), User.Role.MEMBER);
        accounts.signUp("accountant", context.secret("accountant-password"), User.Role.ACCOUNTANT);
        User globex = new User("globex", User.Role.MEMBER);
        invoices.create(globex, new InvoiceForm("Initech", "Consulting, March", new BigDecimal("12400.00"), null));
        invoices.create(globex, new InvoiceForm("Umbrella Corp", context.secret("globex-invoice-note"), new BigDecimal("98000.00"), null));
        invoices.create(globex, new InvoiceForm("Initech", "Consulting, April", new BigDecimal("11800.00"), null));
        return this::route;
    }

    private void route(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        try {
            if (method.equals("POST") && path.equals("/signup")) {
                signUp(exchange);
                return;
            }
            if (method.equals("POST") && path.equals("/login")) {
                logIn(exchange);
                return;
            }
            if (!path.equals("/invoices") && !path.startsWith("/invoices/")) {
                send(exchange, 404, Map.of("error", "not found"));
                return;
            }
            Optional<User> caller = accounts.authenticate(bearerToken(exchange));
            if (caller.isEmpty()) {
                exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer");
                send(exchange, 401, Map.of("error", "log in first"));
                return;
            }
            User user = caller.get();
            Matcher invoicePath = INVOICE_PATH.matcher(path);
            if (path.equals("/invoices") && method.equals("GET")) {
                send(exchange, 200, invoices.list(user));
            } else if (path.equals("/invoices") && method.equals("POST")) {
                send(exchange, 201, invoices.create(user, form(exchange)));
            } else if (path.equals("/invoices/export") && method.equals("GET")) {
                sendCsv(exchange, invoices.export(user, ids(exchange.getRequestURI().getRawQuery())));
            } else if (invoicePath.matches()) {
                long id = Long.parseLong(invoicePath.group(1));
                switch (method) {
                    case "GET" -> send(exchange, 200, invoices.get(user, id));
                    case "PUT" -> send(exchange, 200, invoices.replace(user, id, form(exchange)));
                    case "PATCH" -> send(exchange, 200, invoices.patch(user, id, form(exchange)));
                    case "DELETE" -> {
                        invoices.delete(user, id);
                        exchange.sendResponseHeaders(204, -1);
                        exchange.close();
                    }
                    default -> send(exchange, 405, Map.of("error", "method not allowed"));
                }
            } else {
                send(exchange, 404, Map.of("error", "not found"));
            }
        } catch (InvoiceNotFoundException e) {
            send(exchange, 404, Map.of("error", "invoice not found"));
        } catch (SQLException e) {
            send(exchange, 500, Map.of("error", "database error"));
        } catch (IllegalArgumentException | IOException e) {
            send(exchange, 400, Map.of("error", "bad request"));
        }
    }

    private void signUp(HttpExchange exchange) throws IOException {
        JsonNode body = json.readTree(exchange.getRequestBody());
        String username = body.path("username").asText("");
        String password = body.path("password").asText("");
        if (!USERNAME.matcher(username).matches() || password.length() < 8 || password.length() > 72) {
            send(exchange, 400, Map.of("error", "username: 3 to 40 of a-z 0-9 . _ -; password: 8 to 72 characters"));
        } else if (!accounts.signUp(username, password, User.Role.MEMBER)) {
            send(exchange, 409, Map.of("error", "username taken"));
        } else {
            send(exchange, 201, Map.of("username", username));
        }
    }

    private void logIn(HttpExchange exchange) throws IOException {
        JsonNode body = json.readTree(exchange.getRequestBody());
        Optional<String> token = accounts.logIn(body.path("username").asText(""), body.path("password").asText(""));
        if (token.isPresent()) {
            send(exchange, 200, Map.of("token", token.get(), "token_type", "Bearer"));
        } else {
            send(exchange, 401, Map.of("error", "wrong username or password"));
        }
    }

    private static String bearerToken(HttpExchange exchange) {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return authorization.substring(7).trim();
    }

    private InvoiceForm form(HttpExchange exchange) throws IOException {
        InvoiceForm form = json.readValue(exchange.getRequestBody(), InvoiceForm.class);
        if (form == null) {
            throw new IllegalArgumentException("empty body");
        }
        return form;
    }

    /** The ids of {@code ?ids=1,2,3}: at most 100. */
    private static List<Long> ids(String rawQuery) {
        List<Long> ids = new ArrayList<>();
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                if (pair.startsWith("ids=")) {
                    for (String id : URLDecoder.decode(pair.substring(4), StandardCharsets.UTF_8).split(",")) {
                        if (!id.isBlank()) {
                            ids.add(Long.parseLong(id.trim()));
                        }
                    }
                }
            }
        }
        if (ids.isEmpty() || ids.size() > 100) {
            throw new IllegalArgumentException("ids: 1 to 100 invoice ids");
        }
        return ids;
    }

    private void send(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = json.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private void sendCsv(HttpExchange exchange, List<Invoice> rows) throws IOException {
        StringBuilder csv = new StringBuilder("id,customer,description,amount,status\r\n");
        for (Invoice invoice : rows) {
            csv.append(invoice.id()).append(',').append(csvField(invoice.customer())).append(',')
                    .append(csvField(invoice.description())).append(',').append(invoice.amount().toPlainString())
                    .append(',').append(invoice.status()).append("\r\n");
        }
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/csv; charset=utf-8");
        exchange.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"invoices.csv\"");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static String csvField(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
