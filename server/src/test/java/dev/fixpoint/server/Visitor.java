package dev.fixpoint.server;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One person talking HTTP to a running server without a browser: keeps their session cookie and the CSRF token
 * of the last page they saw, as a browser would, and once they have one, sends their personal API token to the API.
 */
public final class Visitor {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+(?:value|content)=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");
    private static final Pattern NEW_TOKEN = Pattern.compile("<pre id=\"new-token\">(fp_[^<]+)</pre>");

    private final HttpClient http;
    private final URI base;
    private String session;
    private String csrf;
    private String token;

    public Visitor(URI base) {
        this(base, null);
    }

    /** A visitor whose connections come from a loopback address of their own (127.0.0.1 to 127.255.255.254), as another machine's would. */
    public Visitor(URI base, InetAddress from) {
        HttpClient.Builder http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(30));
        this.http = (from == null ? http : http.localAddress(from)).build();
        this.base = base;
    }

    public HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        return send(request(path, headers).GET());
    }

    /** Posts a form as the last page's form would, with its CSRF token. */
    public HttpResponse<String> post(String path, Map<String, String> form, String... headers) throws IOException, InterruptedException {
        Map<String, String> fields = new LinkedHashMap<>(form);
        if (csrf != null) {
            fields.put("_csrf", csrf);
        }
        String body = fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue())).collect(Collectors.joining("&"));
        return send(request(path, headers).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A JSON request to the API with the personal token, as the CLI sends it. */
    public HttpResponse<String> api(String method, String path, String json) throws IOException, InterruptedException {
        assertThat(token).as("create a token first").isNotNull();
        HttpRequest.BodyPublisher body = json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json);
        return http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json").header("Accept", "application/json")
                .method(method, body).build(), HttpResponse.BodyHandlers.ofString());
    }

    public void signIn(String username, String password) throws IOException, InterruptedException {
        get("/login");
        HttpResponse<String> signedIn = post("/login", Map.of("username", username, "password", password));
        assertThat(signedIn.headers().firstValue("Location")).as("signing in as " + username).hasValueSatisfying(
                location -> assertThat(location).doesNotContain("error"));
    }

    /** Creates a personal API token on the Account page, as a learner does for the CLI, and uses it from now on. */
    public void createToken() throws IOException, InterruptedException {
        get("/account");
        Matcher created = NEW_TOKEN.matcher(post("/account/tokens", Map.of("name", "CLI")).body());
        assertThat(created.find()).as("the Account page shows the new token").isTrue();
        token = created.group(1);
    }

    /** Creates a CI service account on the admin page, as an administrator does, and returns its token. */
    public String createServiceAccount(String name) throws IOException, InterruptedException {
        get("/admin/service-accounts");
        Matcher created = NEW_TOKEN.matcher(post("/admin/service-accounts", Map.of("name", name)).body());
        assertThat(created.find()).as("the Service accounts page shows the new token").isTrue();
        return created.group(1);
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60));
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return request;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        response.headers().allValues("Set-Cookie").forEach(cookie -> {
            Matcher id = SESSION.matcher(cookie);
            if (id.lookingAt()) {
                session = id.group(1);
            }
        });
        Matcher token = CSRF.matcher(response.body());
        if (token.find()) {
            csrf = token.group(1);
        }
        return response;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
