package dev.fixpoint.server.webhooks;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HexFormat;

/** Posts one delivery to its receiver, signed, never following a redirect, and says how the attempt went. */
@Component
class WebhookClient {

    static final String USER_AGENT = "Fixpoint-Webhooks";
    static final String EVENT_HEADER = "X-Fixpoint-Event";
    static final String DELIVERY_HEADER = "X-Fixpoint-Delivery";
    static final String SIGNATURE_HEADER = "X-Fixpoint-Signature-256";
    private static final int MAX_ERROR = 500;

    private final HttpClient http;
    private final Duration timeout;

    WebhookClient(@Value("${fixpoint.webhooks.connect-timeout}") Duration connectTimeout,
                  @Value("${fixpoint.webhooks.timeout}") Duration timeout) {
        // A redirect is an answer like any other non-2xx: following it would post the signed event to a URL nobody registered.
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(connectTimeout)
                .version(HttpClient.Version.HTTP_1_1).build();
        this.timeout = timeout;
    }

    /** GitHub's scheme, so that receivers can reuse their verification code: {@code sha256=} and the lowercase hex HMAC of the body. */
    static String signature(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Makes attempt {@code number} of the delivery.
     *
     * @throws InterruptedException when the server is stopping; nothing is to be recorded then
     */
    Delivery.Attempt send(DeliveryRepository.Due delivery, int number) throws InterruptedException {
        OffsetDateTime at = OffsetDateTime.now();
        long start = System.nanoTime();
        try {
            HttpResponse<InputStream> response = http.send(request(delivery), HttpResponse.BodyHandlers.ofInputStream());
            // Only the status counts: the body is not read, so a receiver that trickles one cannot hold the sender.
            response.body().close();
            return new Delivery.Attempt(number, at, response.statusCode(), null, millisSince(start));
        } catch (IOException | IllegalArgumentException e) {
            return new Delivery.Attempt(number, at, null, describe(e), millisSince(start));
        }
    }

    private HttpRequest request(DeliveryRepository.Due delivery) {
        URI url = URI.create(delivery.url());
        if (!"http".equalsIgnoreCase(url.getScheme()) && !"https".equalsIgnoreCase(url.getScheme())) {
            throw new IllegalArgumentException("not an http or https URL");
        }
        byte[] body = delivery.payload().getBytes(StandardCharsets.UTF_8);
        return HttpRequest.newBuilder(url).timeout(timeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", USER_AGENT)
                .header(EVENT_HEADER, delivery.event())
                .header(DELIVERY_HEADER, delivery.id())
                .header(SIGNATURE_HEADER, signature(delivery.secret(), body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
    }

    private static String describe(Exception e) {
        String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
        return text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR - 1) + "…";
    }

    private static long millisSince(long start) {
        return Duration.ofNanos(System.nanoTime() - start).toMillis();
    }
}
