package gateway;

import dev.fixpoint.kit.Answer;
import dev.fixpoint.kit.HttpError;
import dev.fixpoint.lab.Json;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * The gateway's client of the internal records service. Every request it sends names the user the gateway
 * authenticated in X-Authenticated-User; it builds each request from scratch, so nothing a client sends to the
 * gateway (headers included) reaches records unless the gateway's code puts it in the path, the query or the body.
 */
public final class RecordsClient {

    /** The header that carries the authenticated user to records. */
    public static final String USER_HEADER = "X-Authenticated-User";

    /** What records answered. */
    public record Response(int status, String contentType, byte[] body) {

        public boolean ok() {
            return status >= 200 && status < 300;
        }

        /** The body as JSON ({@code Json.MISSING} when it is not). */
        public Json json() {
            return Json.tryParse(new String(body, java.nio.charset.StandardCharsets.UTF_8)).orElse(Json.MISSING);
        }

        /** The response, relayed to the gateway's client as it is. */
        public Answer answer() {
            return new Answer(status, Map.of("Content-Type", contentType), body);
        }
    }

    private final URI records;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    public RecordsClient(URI records) {
        this.records = records;
    }

    /** GET {@code pathAndQuery} (already encoded) as {@code user}. */
    public Response get(String user, String pathAndQuery) {
        return send("GET", user, pathAndQuery, null);
    }

    /** POST {@code path} with a JSON body as {@code user}. */
    public Response post(String user, String path, Json body) {
        return send("POST", user, path, body);
    }

    private Response send(String method, String user, String pathAndQuery, Json body) {
        URI uri;
        try {
            // normalize(): a path assembled from parts loses its "//" and dot segments
            uri = URI.create(records + pathAndQuery).normalize();
        } catch (IllegalArgumentException e) {
            throw HttpError.badRequest("malformed path");
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(3))
                .header(USER_HEADER, user)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body.toString()));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse("application/octet-stream"),
                    response.body());
        } catch (IOException e) {
            throw new HttpError(502, "records is unreachable");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HttpError(502, "records is unreachable");
        }
    }
}
