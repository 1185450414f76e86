package dev.fixpoint.server.load;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

/**
 * One learner's browser as the server sees it: its own cookie jar, no automatic redirects, and every response
 * timed by kind and checked against the status a working server answers.
 */
final class WebSession implements AutoCloseable {

    /** A response that is not what a working server answers; the message names the step and the status. */
    static final class UnexpectedAnswer extends RuntimeException {
        UnexpectedAnswer(String message) {
            super(message);
        }
    }

    /** A response's status, body and redirect target. */
    record Answer(int status, String body, String location) {
    }

    /** A learner who waits longer than this for any answer counts it as an error. */
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final URI server;
    private final LoadStats stats;
    private final HttpClient http;

    WebSession(URI server, LoadStats stats) {
        this.server = server;
        this.stats = stats;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(TIMEOUT).build();
    }

    Answer get(String path, Kind kind, String step, int expected) throws IOException, InterruptedException {
        return send(request(path).GET().build(), kind, step, expected);
    }

    Answer postForm(String path, Map<String, String> form, Map<String, String> headers, Kind kind, String step, int expected)
            throws IOException, InterruptedException {
        String body = form.entrySet().stream().map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return send(request.build(), kind, step, expected);
    }

    Answer putJson(String path, String json, Map<String, String> headers, Kind kind, String step, int expected)
            throws IOException, InterruptedException {
        return send(put(path, json, headers), kind, step, expected);
    }

    /** Sends the request and returns at once, as a page's script does: the answer is checked when it arrives. */
    CompletableFuture<Answer> putJsonInBackground(String path, String json, Map<String, String> headers, Kind kind, String step, int expected) {
        long start = System.nanoTime();
        return http.sendAsync(put(path, json, headers), HttpResponse.BodyHandlers.ofString())
                .thenApply(response -> checked(response, start, kind, step, expected));
    }

    /** Waits for an answer sent in the background, with the failure it met, if any, as if it had been sent in the foreground. */
    static Answer await(CompletableFuture<Answer> answer) throws IOException, InterruptedException {
        try {
            return answer.get();
        } catch (ExecutionException e) {
            switch (e.getCause()) {
                case IOException io -> throw io;
                case RuntimeException runtime -> throw runtime;
                default -> throw new IllegalStateException(e.getCause());
            }
        }
    }

    private HttpRequest put(String path, String json, Map<String, String> headers) {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json));
        headers.forEach(request::header);
        return request.build();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(server.resolve(path)).timeout(TIMEOUT);
    }

    private Answer send(HttpRequest request, Kind kind, String step, int expected) throws IOException, InterruptedException {
        long start = System.nanoTime();
        return checked(http.send(request, HttpResponse.BodyHandlers.ofString()), start, kind, step, expected);
    }

    private Answer checked(HttpResponse<String> response, long start, Kind kind, String step, int expected) {
        stats.request(kind, System.nanoTime() - start);
        if (response.statusCode() != expected) {
            throw new UnexpectedAnswer(step + " answered " + response.statusCode() + " instead of " + expected);
        }
        return new Answer(response.statusCode(), response.body(), response.headers().firstValue("Location").orElse(""));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        http.close();
    }
}
