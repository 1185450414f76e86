package checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.Request;
import dev.fixpoint.lab.Response;

import java.io.IOException;

/** Users of the public gateway, their orders, and requests sent straight to the internal services. */
final class Api {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A step a check needs before it can attack or test anything did not work. */
    static final class SetupFailed extends Exception {
        SetupFailed(String message) {
            super(message);
        }
    }

    /** A user of the gateway: the user id (the username) and a bearer token. */
    record Account(String userId, String token) {
    }

    private final CheckContext context;

    Api(CheckContext context) {
        this.context = context;
    }

    /** Signs up a new user with a random name through the gateway and logs them in. */
    Account newUser(String prefix) throws SetupFailed, IOException {
        String username = context.randomName(prefix);
        String password = context.randomName("pw");
        String credentials = JSON.writeValueAsString(JSON.createObjectNode().put("username", username).put("password", password));
        Response signUp = context.send("gateway", Request.postJson("/signup", credentials));
        if (signUp.status() != 201) {
            throw new SetupFailed("signing up " + username + " answered " + signUp.status());
        }
        Response logIn = context.send("gateway", Request.postJson("/login", credentials));
        JsonNode body = logIn.status() == 200 ? JSON.readTree(logIn.body()) : null;
        if (body == null || !body.path("token").isTextual()) {
            throw new SetupFailed("logging in as " + username + " answered " + logIn.status());
        }
        return new Account(username, body.path("token").asText());
    }

    /** A request to the gateway as this user. */
    Response gateway(Account user, Request request) {
        return context.send("gateway", request.header("Authorization", "Bearer " + user.token()));
    }

    /** Places an order through the gateway and returns its id. */
    long createOrder(Account user, String item, String note) throws SetupFailed, IOException {
        Response response = gateway(user, Request.postJson("/api/orders", orderJson(item, note)));
        JsonNode body = response.status() == 201 ? JSON.readTree(response.body()) : null;
        if (body == null || !body.path("id").canConvertToLong()) {
            throw new SetupFailed("placing an order through the gateway answered " + response.status());
        }
        return body.path("id").asLong();
    }

    static String orderJson(String item, String note) throws IOException {
        ObjectNode order = JSON.createObjectNode().put("item", item).put("quantity", 1).put("note", note);
        return JSON.writeValueAsString(order);
    }

    /** Sends a request straight to the internal orders service, as anyone inside the network can. */
    Response orders(Request request) {
        return context.send("orders", request);
    }

    static JsonNode json(Response response) throws IOException {
        return JSON.readTree(response.body());
    }
}
