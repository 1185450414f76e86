package dev.fixpoint.cli;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Calls the Fixpoint server's JSON API with a personal token. */
final class ServerClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ServerCredentials credentials;

    ServerClient(ServerCredentials credentials) {
        this.credentials = credentials;
    }

    JsonNode get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    JsonNode post(String path, Object body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    private URI uri(String path) {
        return credentials.server().resolve(path);
    }

    private JsonNode send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.header("Authorization", "Bearer " + credentials.token())
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 401) {
            throw new IllegalStateException("the server refused the token: run 'fixpoint login " + credentials.server() + "' with a valid one");
        }
        if (response.statusCode() >= 400) {
            String detail = response.body();
            try {
                detail = JSON.readTree(response.body()).path("detail").asString(response.body());
            } catch (RuntimeException notJson) {
                // Keep the body as it came.
            }
            throw new IllegalStateException("the server answered " + response.statusCode() + ": " + detail);
        }
        return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
    }
}
