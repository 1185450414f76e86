package shop;

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
import java.util.OptionalLong;

/**
 * The shop's client of the internal wallet service. A refusal for lack of funds is an empty result; a missing wallet
 * is a 404; anything else the wallet answers that the shop cannot act on ends the request with 502.
 */
public final class WalletClient {

    private final URI wallet;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    public WalletClient(URI wallet) {
        this.wallet = wallet;
    }

    /** Opens a wallet, with its welcome credit, for a new customer. */
    public void open(String customer) {
        Reply reply = send("POST", "/accounts", Json.object("customer", customer));
        if (reply.status() != 201) {
            throw new HttpError(502, "the wallet did not open an account");
        }
    }

    /** The customer's balance in cents. */
    public long balance(String customer) {
        Reply reply = send("GET", "/accounts/" + segment(customer), null);
        return reply.ok() ? reply.balance() : fail(reply);
    }

    /**
     * Asks the wallet to take {@code amount} cents from the customer as a payment: the balance left, or empty when the
     * wallet refused for lack of funds.
     */
    public OptionalLong debit(String customer, long amount, String reference) {
        Reply reply = send("POST", "/accounts/" + segment(customer) + "/debits", Json.object("amount", amount, "reference", reference));
        return reply.status() == 409 ? OptionalLong.empty() : reply.ok() ? OptionalLong.of(reply.balance()) : OptionalLong.of(fail(reply));
    }

    /**
     * Asks the wallet to move {@code amount} cents from one customer to another: the balance left with {@code from},
     * or empty when the wallet refused for lack of funds.
     */
    public OptionalLong transfer(String from, String to, long amount, String reference) {
        Reply reply = send("POST", "/transfers", Json.object("from", from, "to", to, "amount", amount, "reference", reference));
        return reply.status() == 409 ? OptionalLong.empty() : reply.ok() ? OptionalLong.of(reply.balance()) : OptionalLong.of(fail(reply));
    }

    private record Reply(int status, Json body) {
        boolean ok() {
            return status >= 200 && status < 300;
        }

        long balance() {
            return body.get("balance").integer().orElseThrow(() -> new HttpError(502, "the wallet answered no balance"));
        }
    }

    private static long fail(Reply reply) {
        if (reply.status() == 404) {
            throw HttpError.notFound(reply.body().get("error").text("no such wallet"));
        }
        if (reply.status() == 403) {
            throw HttpError.forbidden(reply.body().get("error").text("declined"));
        }
        throw new HttpError(502, "the wallet answered " + reply.status());
    }

    private static String segment(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private Reply send(String method, String path, Json body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(wallet + path))
                .timeout(Duration.ofSeconds(5))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body.toString()));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), Json.tryParse(response.body()).orElse(Json.MISSING));
        } catch (IOException | IllegalArgumentException e) {
            throw new HttpError(502, "the wallet is unreachable");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HttpError(502, "the wallet is unreachable");
        }
    }
}
