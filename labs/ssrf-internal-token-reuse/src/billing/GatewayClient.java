package billing;

import dev.fixpoint.lab.Json;
import mesh.Mesh;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** Billing's client of the gateway's admin API; every call carries billing's service token. */
public class GatewayClient {

    /** The gateway's answer. */
    public record Reply(int status, String body) {
    }

    private final BillingConfig config;
    private final Mesh mesh;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    public GatewayClient(BillingConfig config, Mesh mesh) {
        this.config = config;
        this.mesh = mesh;
    }

    /** The gateway's base URL. */
    public String url() {
        return config.get("gateway.url");
    }

    /** The headers sent with every call, as the client was configured. */
    public Map<String, String> defaultHeaders() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", "Bearer " + config.get("gateway.service-token"));
        headers.put("User-Agent", "billing/3.2 (java-http-client)");
        headers.put("Accept", "application/json");
        return headers;
    }

    /** Pays {@code amount} into {@code user}'s store credit. */
    public Reply refund(String user, String amount, String reason) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url() + "/api/admin/refunds"))
                .timeout(Duration.ofSeconds(2))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.object("username", user, "amount", amount, "reason", reason).toString()));
        defaultHeaders().forEach((name, value) -> {
            if (!name.equals("User-Agent")) {
                request.header(name, value);
            }
        });
        try {
            HttpResponse<String> response = http.send(mesh.sendAs("billing", request).build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body());
        } catch (IOException | IllegalArgumentException e) {
            return new Reply(502, Json.object("error", "gateway unreachable").toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reply(502, Json.object("error", "interrupted").toString());
        }
    }
}
