package portal;

import dev.fixpoint.kit.Answer;
import dev.fixpoint.kit.HttpError;
import dev.fixpoint.lab.Json;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** The portal's clients of the cluster: the queue it publishes account events to, and the payouts service it reads. */
public final class Backends {

    /** The topic the payouts service consumes. */
    public static final String TOPIC = "account-events";

    private record Reply(int status, Json body) {
    }

    private final URI queue;
    private final URI payouts;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    public Backends(URI queue, URI payouts) {
        this.queue = queue;
        this.payouts = payouts;
    }

    /**
     * Publishes a message, {@code {"headers": {...}, "payload": {...}}}, to the account-events topic, and answers the
     * portal's caller: 202 once the payouts service applied it, or the status and error with which it refused it.
     */
    public Answer publish(Json message) {
        Reply reply = send("POST", queue + "/topics/" + TOPIC + "/messages", message);
        if (reply.status() != 202) {
            throw new HttpError(502, "the queue answered " + reply.status());
        }
        Json delivery = reply.body().get("delivery");
        int status = delivery.get("status").integer().orElse(0L).intValue();
        if (status < 200 || status > 299) {
            throw new HttpError(status >= 400 && status < 500 ? status : 502,
                    delivery.get("answer").get("error").text("the payouts service did not apply the event"));
        }
        return Answer.json(202, "published", message.get("payload").get("type"), "offset", reply.body().get("offset"),
                "result", delivery.get("answer"));
    }

    /** Opens the books of a new user. */
    public void open(String username) {
        Reply reply = send("POST", payouts + "/users", Json.object("username", username));
        if (reply.status() != 201) {
            throw new HttpError(502, "the payouts service did not open the user's books");
        }
    }

    /** A user's books: e-mail, payout account, balance and payouts. */
    public Json books(String username) {
        Reply reply = send("GET", payouts + "/users/" + URLEncoder.encode(username, StandardCharsets.UTF_8), null);
        if (reply.status() != 200) {
            throw new HttpError(502, "the payouts service answered " + reply.status());
        }
        return reply.body();
    }

    private Reply send(String method, String uri, Json body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri))
                .timeout(Duration.ofSeconds(5))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body.toString()));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), Json.tryParse(response.body()).orElse(Json.MISSING));
        } catch (IOException | IllegalArgumentException e) {
            throw new HttpError(502, "a backend is unreachable");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HttpError(502, "a backend is unreachable");
        }
    }
}
