package dev.fixpoint.cli;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Calls the Fixpoint server's JSON API with a personal token or a CI service account's. */
final class ServerClient {

    /** Whose token the client sends, which decides what the message for a refused token advises. */
    enum Holder { PERSON, CI_SERVICE_ACCOUNT }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_DETAIL = 500;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ServerCredentials credentials;
    private final Holder holder;

    ServerClient(ServerCredentials credentials) {
        this(credentials, Holder.PERSON);
    }

    ServerClient(ServerCredentials credentials, Holder holder) {
        this.credentials = credentials;
        this.holder = holder;
    }

    JsonNode get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    JsonNode post(String path, Object body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    JsonNode post(String path, MultipartForm form) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", form.contentType()).POST(form.publisher()));
    }

    private URI uri(String path) {
        return credentials.server().resolve(path);
    }

    private JsonNode send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response;
        try {
            response = http.send(request.header("Authorization", "Bearer " + credentials.token())
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            // A refused connection has no message of its own; a CI log needs to say which server was meant.
            throw new IOException("cannot reach " + credentials.server() + ": "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        }
        if (response.statusCode() == 401 && holder == Holder.PERSON) {
            throw new IllegalStateException("the server refused the token: run 'fixpoint login " + credentials.server() + "' with a valid one");
        }
        // Redirects are not followed, so a 3xx is an error too rather than an empty answer taken for success.
        if (response.statusCode() < 200 || response.statusCode() > 299) {
            String detail = detail(response);
            throw new IllegalStateException("the server answered " + response.statusCode() + (detail.isEmpty() ? "" : ": " + detail)
                    + advice(response.statusCode()));
        }
        try {
            return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
        } catch (JacksonException e) {
            // Typically a sign-in page of a proxy in front of the server, or a URL that is not Fixpoint's.
            throw new IllegalStateException("the answer from " + credentials.server() + " is not JSON; is it the Fixpoint server?", e);
        }
    }

    private static String detail(HttpResponse<String> response) {
        if (response.statusCode() / 100 == 3) {
            return "it redirects to " + response.headers().firstValue("Location").orElse("another address")
                    + "; use that address as the server's URL";
        }
        String detail = response.body().strip();
        try {
            JsonNode problem = JSON.readTree(response.body());
            // A problem detail's "detail", else the "error" of Spring Boot's error page, which 401 and 403 answers are.
            detail = problem.path("detail").asString(problem.path("error").asString(detail));
        } catch (RuntimeException notJson) {
            // Keep the body as it came.
        }
        return detail.length() > MAX_DETAIL ? detail.substring(0, MAX_DETAIL) + "..." : detail;
    }

    private String advice(int status) {
        return switch (status) {
            case 401 -> "; set FIXPOINT_TOKEN to a valid token of a CI service account";
            case 403 -> holder == Holder.CI_SERVICE_ACCOUNT ? "; the token is not a CI service account's (an administrator creates one under "
                    + ServerCredentials.SERVICE_ACCOUNTS + ")" : "";
            case 413 -> "; the request is larger than the server accepts";
            default -> "";
        };
    }
}
