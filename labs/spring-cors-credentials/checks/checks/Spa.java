package checks;

import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.Json;
import dev.fixpoint.lab.SetupFailedException;
import dev.fixpoint.lab.check.Call;
import dev.fixpoint.lab.check.Client;
import dev.fixpoint.lab.check.Reply;
import dev.fixpoint.lab.check.Session;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A browser tab whose page is at {@code origin} and calls the bank's API with {@code fetch(..., {credentials:
 * "include"})}: it sends the Origin header and the session cookie, and decides as a browser does whether the page may
 * read a response (Access-Control-Allow-Origin equal to its origin and Access-Control-Allow-Credentials: true). With a
 * {@code null} origin it is the mobile app or a script, which sends no Origin at all.
 */
final class Spa {

    static final String APP = "https://app.kestrelbank.example";
    static final String ALEX = "alex";
    static final String ALEX_NAME = "Alex Morgan";
    static final String ALEX_IBAN = "GB71 KSTB 4012 0977 3311 58";
    static final String MALLORY_IBAN = "GB29 NWBK 6016 1331 9268 19";

    private static final Set<String> SAFELISTED_METHODS = Set.of("GET", "HEAD", "POST");

    private final Client client;
    private final String origin;
    private Session session = Session.NONE;

    Spa(CheckContext context, String origin) {
        this.client = Client.of(context, "bank");
        this.origin = origin;
    }

    Client client() {
        return client;
    }

    Session session() {
        return session;
    }

    String origin() {
        return origin;
    }

    private String where() {
        return origin == null ? "without an Origin" : "from " + origin;
    }

    /** The call with this tab's Origin (if any) and session cookie. */
    Call call(Call call) {
        Call with = call.as(session);
        return origin == null ? with : with.header("Origin", origin);
    }

    /** Whether the page at this tab's origin may read {@code reply} of a credentialed request. */
    boolean mayRead(Reply reply) {
        return origin == null || readable(reply, origin);
    }

    /** The browser's CORS check of a response to a request with credentials. */
    static boolean readable(Reply reply, String origin) {
        return reply.header("Access-Control-Allow-Origin").map(String::strip).filter(origin::equals).isPresent()
                && reply.header("Access-Control-Allow-Credentials").map(String::strip).filter("true"::equals).isPresent();
    }

    /** The preflight a browser sends before a credentialed request with {@code method} and these request headers. */
    Reply preflight(String path, String method, String... headers) {
        Call call = client.call("OPTIONS", path).header("Origin", origin).header("Access-Control-Request-Method", method);
        if (headers.length > 0) {
            call = call.header("Access-Control-Request-Headers", String.join(",", headers));
        }
        return call.send();
    }

    /** Whether a browser would go on to send the request after this preflight answer (fetch's CORS-preflight check). */
    static boolean preflightAllows(Reply reply, String origin, String method, String... headers) {
        if (reply.status() < 200 || reply.status() > 299 || !readable(reply, origin)) {
            return false;
        }
        Set<String> methods = list(reply, "Access-Control-Allow-Methods");
        Set<String> allowed = list(reply, "Access-Control-Allow-Headers");
        return (SAFELISTED_METHODS.contains(method) || methods.contains(method.toLowerCase(Locale.ROOT)))
                && Arrays.stream(headers).allMatch(header -> allowed.contains(header.toLowerCase(Locale.ROOT)));
    }

    static String describe(Reply reply) {
        return reply.status() + " with Access-Control-Allow-Origin " + reply.header("Access-Control-Allow-Origin").orElse("(none)")
                + ", Access-Control-Allow-Credentials " + reply.header("Access-Control-Allow-Credentials").orElse("(none)")
                + ", Access-Control-Allow-Methods " + reply.header("Access-Control-Allow-Methods").orElse("(none)")
                + ", Access-Control-Allow-Headers " + reply.header("Access-Control-Allow-Headers").orElse("(none)");
    }

    private static Set<String> list(Reply reply, String header) {
        return Arrays.stream(reply.header(header).orElse("").split(","))
                .map(value -> value.strip().toLowerCase(Locale.ROOT)).filter(value -> !value.isEmpty()).collect(Collectors.toSet());
    }

    /** Sends a call with this tab's Origin and cookie and fails the step when the page could not read the answer. */
    Reply send(String step, Call call, int... statuses) throws SetupFailedException {
        Reply reply = call(call).send().expect(step + " " + where(), statuses);
        if (!mayRead(reply)) {
            throw new SetupFailedException(step + " " + where() + ": the browser keeps the answer from the page (" + describe(reply) + ")");
        }
        return reply;
    }

    /** The preflight must let the request through, as the app needs it. */
    void needPreflight(String step, String path, String method, String... headers) throws SetupFailedException {
        if (origin == null) {
            return;
        }
        Reply reply = preflight(path, method, headers);
        if (!preflightAllows(reply, origin, method, headers)) {
            throw new SetupFailedException(step + " " + where() + ": the preflight OPTIONS " + path + " for " + method
                    + (headers.length > 0 ? " with " + String.join(", ", headers) : "") + " answered " + describe(reply)
                    + ", so the browser never sends the request");
        }
    }

    /** The CSRF header's name and the token, as the app reads them from /api/csrf. */
    String[] csrf(String step) throws SetupFailedException {
        Json token = send(step + ": reading the CSRF token", client.get("/api/csrf"), 200).json();
        String header = token.get("headerName").text("");
        String value = token.get("token").text("");
        if (header.isEmpty() || value.isEmpty()) {
            throw new SetupFailedException(step + ": GET /api/csrf " + where() + " gave no headerName and token");
        }
        return new String[]{header, value};
    }

    /** Signs in as the app does: the CSRF token first, then the form post to /api/login with the token as a header. */
    Spa signIn(String username, String password) throws SetupFailedException {
        String step = "signing " + username + " in";
        Reply first = call(client.get("/api/csrf")).send();
        Session.cookies(first).ifPresent(cookies -> session = cookies);
        if (first.status() != 200 || !mayRead(first)) {
            throw new SetupFailedException(step + ": GET /api/csrf " + where() + " answered " + describe(first));
        }
        String[] token = {first.json().get("headerName").text(""), first.json().get("token").text("")};
        needPreflight(step, "/api/login", "POST", token[0]);
        Reply login = send(step, client.post("/api/login").form("username", username, "password", password).header(token[0], token[1]), 200, 204);
        session = Session.cookies(login).orElse(session);
        return this;
    }

    /** The signed-in customer's account, as the app reads it. */
    Reply account(String step) throws SetupFailedException {
        return send(step, client.get("/api/account"), 200);
    }
}
