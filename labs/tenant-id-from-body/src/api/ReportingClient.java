package api;

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
import java.util.Map;

/** The API's client of the internal reporting service. */
public final class ReportingClient {

    /** What the reporting service answered: its status and its JSON body. */
    public record Reply(int status, Json body) {

        /** The answer as the API relays it to its own caller. */
        public Answer relay() {
            return Answer.json(status, body.isMissing() ? Json.object("error", "the reporting service answered " + status) : body);
        }
    }

    private final URI reporting;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    public ReportingClient(URI reporting) {
        this.reporting = reporting;
    }

    /**
     * Sends a request to the reporting service: {@code target} is its path and query, {@code body} a JSON body or
     * null, {@code headers} extra headers to send along.
     */
    public Reply send(String method, String target, Json body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(reporting + target))
                .timeout(Duration.ofSeconds(5))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body.toString()));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), Json.tryParse(response.body()).orElse(Json.MISSING));
        } catch (IOException | IllegalArgumentException e) {
            throw new HttpError(502, "the reporting service is unreachable");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HttpError(502, "the reporting service is unreachable");
        }
    }

    /** Percent-encodes a query parameter's value. */
    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
