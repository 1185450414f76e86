package dev.fixpoint.lab.check;

import dev.fixpoint.lab.Json;
import dev.fixpoint.lab.Request;
import dev.fixpoint.lab.SetupFailedException;

import java.util.LinkedHashMap;
import java.util.Map;

/** One request being built by a {@link Client}; each method returns a new call, and {@link #send} sends it. */
public final class Call {

    private final Client client;
    private final Request request;
    private final Session session;

    Call(Client client, String method, String target, Session session) {
        this(client, new Request(method, target, Map.of(), ""), session);
    }

    private Call(Client client, Request request, Session session) {
        this.client = client;
        this.request = request;
        this.session = session;
    }

    /** Adds {@code name=value} to the query string, both encoded. */
    public Call query(String name, Object value) {
        String target = request.target() + (request.target().contains("?") ? "&" : "?")
                + Client.encode(name, true) + "=" + Client.encode(String.valueOf(value), true);
        return with(new Request(request.method(), target, request.headers(), request.body()));
    }

    public Call header(String name, String value) {
        return with(request.header(name, value));
    }

    /** Sends the call with {@code session}'s credentials instead of the client's. */
    public Call as(Session session) {
        return new Call(client, request, session);
    }

    /** A JSON body. */
    public Call json(Json body) {
        return body("application/json", body.toString());
    }

    /** A JSON object body of these names and values (see {@link Json#object}). */
    public Call json(Object... namesAndValues) {
        return json(Json.object(namesAndValues));
    }

    /** An {@code application/x-www-form-urlencoded} body of these names and values, in order. */
    public Call form(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("form takes names and values in pairs");
        }
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            body.append(i == 0 ? "" : "&").append(Client.encode(String.valueOf(namesAndValues[i]), true)).append('=')
                    .append(Client.encode(String.valueOf(namesAndValues[i + 1]), true));
        }
        return body("application/x-www-form-urlencoded", body.toString());
    }

    /** A body as given, with its content type. */
    public Call body(String contentType, String body) {
        Map<String, String> headers = new LinkedHashMap<>(request.headers());
        headers.put("Content-Type", contentType);
        return with(new Request(request.method(), request.target(), headers, body));
    }

    /** The request as it will be sent, credentials included. */
    public Request request() {
        return session.apply(request);
    }

    /** Sends the call and returns the service's answer, whatever its status. */
    public Reply send() {
        return new Reply(client.context().send(client.service(), request()), request());
    }

    /**
     * Sends the call as a step a check needs before it can attack (sign up, plant a record).
     *
     * @param step     what the step does, for the message: "creating Alice's invoice"
     * @param statuses the statuses that mean it worked (any 2xx when none are given)
     * @throws SetupFailedException naming the step, the request and the status it got otherwise
     */
    public Reply expect(String step, int... statuses) throws SetupFailedException {
        return send().expect(step, statuses);
    }

    private Call with(Request changed) {
        return new Call(client, changed, session);
    }
}
