package checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.Request;
import dev.fixpoint.lab.Response;

import java.io.IOException;
import java.util.Map;

/** Signing up, logging in and calling the invoicing API, as the checks do. */
final class Billing {

    static final String SERVICE = "billing";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A step a check needs before it can attack or test anything did not work. */
    static final class SetupFailed extends Exception {
        SetupFailed(String message) {
            super(message);
        }
    }

    private final CheckContext context;

    Billing(CheckContext context) {
        this.context = context;
    }

    /** Signs up a new user with a random name and returns a bearer token for them. */
    String newUser(String prefix) throws SetupFailed, IOException {
        String username = context.randomName(prefix);
        String password = context.randomName("pw");
        ObjectNode account = JSON.createObjectNode().put("username", username).put("password", password);
        Response signUp = context.send(SERVICE, Request.postJson("/signup", JSON.writeValueAsString(account)));
        if (signUp.status() != 201) {
            throw new SetupFailed("signing up " + username + " answered " + signUp.status());
        }
        return logIn(username, password);
    }

    String logIn(String username, String password) throws SetupFailed, IOException {
        ObjectNode account = JSON.createObjectNode().put("username", username).put("password", password);
        Response response = context.send(SERVICE, Request.postJson("/login", JSON.writeValueAsString(account)));
        JsonNode body = response.status() == 200 ? JSON.readTree(response.body()) : null;
        if (body == null || !body.path("token").isTextual()) {
            throw new SetupFailed("logging in as " + username + " answered " + response.status());
        }
        return body.path("token").asText();
    }

    /** Creates an invoice for the token's user and returns its id. */
    long createInvoice(String token, String customer, String description, String amount) throws SetupFailed, IOException {
        ObjectNode invoice = JSON.createObjectNode().put("customer", customer).put("description", description).put("amount", amount);
        Response response = send(token, "POST", "/invoices", JSON.writeValueAsString(invoice));
        JsonNode body = response.status() == 201 ? JSON.readTree(response.body()) : null;
        if (body == null || !body.path("id").canConvertToLong()) {
            throw new SetupFailed("creating an invoice answered " + response.status());
        }
        return body.path("id").asLong();
    }

    /** Sends a request with the token as bearer credentials; {@code json} may be null for no body. */
    Response send(String token, String method, String target, String json) {
        Request request = json == null
                ? new Request(method, target, Map.of(), "")
                : new Request(method, target, Map.of("Content-Type", "application/json"), json);
        return context.send(SERVICE, request.header("Authorization", "Bearer " + token));
    }

    Response get(String token, String target) {
        return send(token, "GET", target, null);
    }

    /** The invoice the token's user reads at /invoices/{id}, or null if that is not a 200 with an invoice. */
    JsonNode readInvoice(String token, long id) throws IOException {
        Response response = get(token, "/invoices/" + id);
        if (response.status() != 200) {
            return null;
        }
        JsonNode invoice = JSON.readTree(response.body());
        return invoice.path("id").asLong(-1) == id ? invoice : null;
    }

    static JsonNode json(Response response) throws IOException {
        return JSON.readTree(response.body());
    }

    static String body(Object... fields) throws IOException {
        ObjectNode node = JSON.createObjectNode();
        for (int i = 0; i < fields.length; i += 2) {
            node.put((String) fields[i], (String) fields[i + 1]);
        }
        return JSON.writeValueAsString(node);
    }
}
