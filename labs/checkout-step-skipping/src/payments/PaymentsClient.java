package payments;

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
import java.util.Optional;

/** A merchant's client of the payment provider: the shop and the warehouse each have one, with the merchant key. */
public final class PaymentsClient {

    /**
     * A payment as the provider records it.
     *
     * @param amount    what was captured, in cents
     * @param reference what the payer entered as the reference (the checkout page fills in {@code order-<id>})
     * @param status    {@code captured} or {@code refunded}
     */
    public record Payment(String id, long amount, String reference, String status) {
        public boolean captured() {
            return status.equals("captured");
        }
    }

    private final URI payments;
    private final String merchantKey;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    public PaymentsClient(URI payments, String merchantKey) {
        this.payments = payments;
        this.merchantKey = merchantKey;
    }

    /** The payment with this id, or empty when the provider has none. */
    public Optional<Payment> find(String paymentId) {
        if (paymentId == null || paymentId.isBlank()) {
            return Optional.empty();
        }
        HttpResponse<String> response = send("GET", "/payments/" + URLEncoder.encode(paymentId, StandardCharsets.UTF_8));
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        if (response.statusCode() != 200) {
            throw new HttpError(502, "the payment provider answered " + response.statusCode());
        }
        Json payment = Json.tryParse(response.body()).orElse(Json.MISSING);
        return Optional.of(new Payment(payment.get("id").text(""), payment.get("amount").integer().orElse(0L),
                payment.get("reference").text(""), payment.get("status").text("")));
    }

    /** Refunds a payment in full. */
    public void refund(String paymentId) {
        HttpResponse<String> response = send("POST", "/payments/" + URLEncoder.encode(paymentId, StandardCharsets.UTF_8) + "/refund");
        if (response.statusCode() != 200) {
            throw new HttpError(502, "the payment provider did not refund: " + response.statusCode());
        }
    }

    private HttpResponse<String> send(String method, String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(payments + path))
                .timeout(Duration.ofSeconds(3))
                .header("X-Merchant-Key", merchantKey)
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new HttpError(502, "the payment provider is unreachable");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HttpError(502, "the payment provider is unreachable");
        }
    }
}
