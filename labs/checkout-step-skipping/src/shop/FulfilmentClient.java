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

/** The shop's client of the internal fulfilment service (the warehouse). */
public final class FulfilmentClient {

    private final URI fulfilment;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    public FulfilmentClient(URI fulfilment) {
        this.fulfilment = fulfilment;
    }

    /**
     * Asks the warehouse to ship: the shipment it recorded. When the warehouse refuses, the request ends with the
     * warehouse's status and error.
     */
    public Json ship(Json shipment) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(fulfilment + "/shipments"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(shipment.toString())));
        Json body = Json.tryParse(response.body()).orElse(Json.MISSING);
        if (response.statusCode() != 201) {
            throw new HttpError(response.statusCode() >= 500 ? 502 : response.statusCode(),
                    "the warehouse refused: " + body.get("error").text("status " + response.statusCode()));
        }
        return body;
    }

    /** The shipments the warehouse recorded for a customer. */
    public Json shipmentsOf(String customer) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(
                URI.create(fulfilment + "/shipments?customer=" + URLEncoder.encode(customer, StandardCharsets.UTF_8))).GET());
        if (response.statusCode() != 200) {
            throw new HttpError(502, "the warehouse answered " + response.statusCode());
        }
        return Json.tryParse(response.body()).orElse(Json.MISSING);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new HttpError(502, "the warehouse is unreachable");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HttpError(502, "the warehouse is unreachable");
        }
    }
}
