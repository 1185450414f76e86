package dev.fixpoint.cli;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A Fixpoint server started the way {@code ./fixpoint serve} starts it (same JVM options and class path), on loopback with
 * an in-memory database, driven over HTTP as a learner's browser drives it: first-run set-up, sign-in, the lab page,
 * *Run checks* as the page's htmx sends it and asks for the result. For the bench's cold figure, which is what a learner meets on a freshly started server.
 */
final class FreshServer implements AutoCloseable {

    private static final Pattern SETUP_LINK = Pattern.compile("/setup\\?token=([A-Za-z0-9_-]+)");
    private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern SUBMISSION = Pattern.compile("data-submission=\"([^\"]+)\"");
    /** While the submission is pending, the result section asks again at this address, at once or after a delay. */
    private static final Pattern ASK_AGAIN = Pattern.compile("hx-get=\"(/labs/[^\"]+/result[^\"]*)\"");
    private static final Pattern DELAY = Pattern.compile("hx-trigger=\"load delay:(\\d+)ms\"");
    private static final String PASSWORD = "a cold start bench password";

    private final Process process;
    private final Path log;
    private final URI base;
    private final long startedNanos;
    private final Duration stopTimeout;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private String csrf;

    private FreshServer(Process process, Path log, URI base, long startedNanos, Duration stopTimeout) {
        this.stopTimeout = stopTimeout;
        this.process = process;
        this.log = log;
        this.base = base;
        this.startedNanos = startedNanos;
    }

    /**
     * How to start it.
     *
     * @param jvmOptions      options for its JVM, such as its AOT cache; none: {@code -Xshare:auto}, as the launcher without one
     * @param sandboxAotCache the sandbox's AOT cache folder for workers, or null for the default one
     * @param stopTimeout     how long stopping it may take before it is killed (writing an AOT cache at exit takes a while)
     * @param sandboxSettings {@code --fixpoint.sandbox.*=...} arguments for it, as the operator gave {@code ./fixpoint serve}
     */
    record Launch(List<String> jvmOptions, Path sandboxAotCache, Duration stopTimeout, List<String> sandboxSettings) {

        Launch {
            sandboxSettings.stream().filter(setting -> !setting.startsWith("--fixpoint.sandbox.")).findFirst().ifPresent(setting -> {
                throw new IllegalArgumentException("only --fixpoint.sandbox.* settings are passed on to the server, not " + setting);
            });
        }

        /** As {@code ./fixpoint serve} starts it on this machine: its AOT cache when the launcher has trained one. */
        static Launch asServed() {
            String cache = System.getProperty("fixpoint.server.aot-cache");
            return new Launch(cache != null && Files.isRegularFile(Path.of(cache)) ? List.of("-XX:AOTCache=" + cache) : List.of(),
                    null, Duration.ofSeconds(20), List.of());
        }

        /** As on a machine that has started nothing yet: no AOT cache for the server, an empty folder for the workers' caches. */
        static Launch firstEver(Path emptySandboxAotCache) {
            return new Launch(List.of(), emptySandboxAotCache, Duration.ofSeconds(20), List.of());
        }
    }

    /**
     * Starts a server and waits until it runs (has printed its first-run set-up link).
     *
     * @throws IllegalStateException when the server's class path is not known (the CLI was not started by ./fixpoint) or it did not start
     */
    static FreshServer start(Path labs, Launch launch) throws IOException, InterruptedException {
        String classPath = System.getProperty("fixpoint.server.class-path");
        if (classPath == null || classPath.isBlank()) {
            throw new IllegalStateException("the cold figure starts the server: run the bench through ./fixpoint, which says where the server is built");
        }
        int port = freeLoopbackPort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(launch.jvmOptions().isEmpty() ? List.of("-Xshare:auto") : launch.jvmOptions());
        // Where the lab API and the runtimes are; every other setting is the server's default.
        System.getProperties().stringPropertyNames().stream()
                .filter(name -> name.equals("fixpoint.home") || name.startsWith("fixpoint.runtime.")).sorted()
                .forEach(name -> command.add("-D" + name + "=" + System.getProperty(name)));
        command.addAll(List.of("-cp", classPath, "dev.fixpoint.server.FixpointServer", "--fixpoint.labs=" + labs,
                "--server.address=127.0.0.1", "--server.port=" + port, "--spring.datasource.url=jdbc:h2:mem:cold-start;DB_CLOSE_DELAY=-1"));
        command.addAll(launch.sandboxSettings());
        if (launch.sandboxAotCache() != null) {
            command.add("--fixpoint.sandbox.aot-cache=" + launch.sandboxAotCache());
        }
        Path log = Files.createTempFile("fixpoint-cold-server-", ".log");
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        FreshServer server = new FreshServer(process, log, URI.create("http://127.0.0.1:" + port + "/"), started, launch.stopTimeout());
        try {
            server.awaitRunning();
            return server;
        } catch (IOException | InterruptedException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            return socket.getLocalPort();
        }
    }

    private void awaitRunning() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server stopped while starting (exit " + process.exitValue() + "): " + tail());
            }
            if (SETUP_LINK.matcher(Files.readString(log)).find()) {
                return;
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("the server did not start within 3 minutes: " + tail());
    }

    /** Milliseconds from launching the server's JVM until now. */
    long millisSinceLaunch() {
        return (System.nanoTime() - startedNanos) / 1_000_000L;
    }

    /** Creates the administrator through the first-run set-up link, and signs in as them. */
    void setUpAndSignIn() throws IOException, InterruptedException {
        Matcher link = SETUP_LINK.matcher(Files.readString(log));
        if (!link.find()) {
            throw new IllegalStateException("the server printed no set-up link: " + tail());
        }
        String token = link.group(1);
        String form = expect(get("setup?token=" + token), 200, "the set-up page").body();
        expect(postForm("setup", Map.of("token", token, "username", "bench", "password", PASSWORD, "_csrf", csrfInput(form))), 302, "set-up");
        String login = expect(get("login"), 200, "the sign-in page").body();
        HttpResponse<String> signedIn = expect(postForm("login", Map.of("username", "bench", "password", PASSWORD, "_csrf", csrfInput(login))),
                302, "sign-in");
        if (signedIn.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("signing in failed");
        }
    }

    /** Opens a lab's page, as a learner does: this is what gets the lab's workers ready. */
    void openLab(String id) throws IOException, InterruptedException {
        String page = expect(get("labs/" + id), 200, "the page of lab " + id).body();
        Matcher meta = CSRF_META.matcher(page);
        if (!meta.find()) {
            throw new IllegalStateException("the page of lab " + id + " carries no CSRF token");
        }
        csrf = meta.group(1);
    }

    /**
     * Presses *Run checks* with these files as the lab page does: htmx posts the form, then asks for the result section
     * again at the address and after the delay each answer names (at once, held by the server until the verdict is in,
     * while the submission is next or running), until an answer holds the verdict. Returns the submission as the API then
     * gives it.
     */
    JsonNode runChecks(String id, Map<String, String> files) throws IOException, InterruptedException {
        Map<String, String> form = new java.util.LinkedHashMap<>();
        form.put("_csrf", csrf);
        files.forEach((path, text) -> form.put("file:" + path, text));
        String result = expect(send(HttpRequest.newBuilder(base.resolve("labs/" + id + "/submit")).header("HX-Request", "true"), form), 200,
                "Run checks in lab " + id).body();
        Matcher submission = SUBMISSION.matcher(result);
        if (!submission.find()) {
            throw new IllegalStateException("Run checks in lab " + id + " answered no submission");
        }
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        for (Matcher again = ASK_AGAIN.matcher(result); again.find(); again = ASK_AGAIN.matcher(result)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("lab " + id + " was not graded within 2 minutes");
            }
            Matcher delay = DELAY.matcher(result);
            if (delay.find()) {
                Thread.sleep(Long.parseLong(delay.group(1)));
            }
            URI next = base.resolve(again.group(1).replace("&amp;", "&"));
            result = expect(http.send(HttpRequest.newBuilder(next).header("HX-Request", "true").GET().build(), HttpResponse.BodyHandlers.ofString()),
                    200, "the result of lab " + id).body();
        }
        return json.readTree(expect(get("api/v1/submissions/" + submission.group(1)), 200, "the submission").body());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postForm(String path, Map<String, String> fields) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(base.resolve(path)), fields);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, Map<String, String> fields) throws IOException, InterruptedException {
        String body = fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(request.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> expect(HttpResponse<String> response, int status, String what) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(what + " answered " + response.statusCode() + " instead of " + status);
        }
        return response;
    }

    private static String csrfInput(String page) {
        Matcher input = CSRF_INPUT.matcher(page);
        if (!input.find()) {
            throw new IllegalStateException("a form carries no CSRF token");
        }
        return input.group(1);
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    /** Stops the server as Ctrl+C does, and forcibly if it has not stopped in its launch's stop timeout. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(stopTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        try {
            Files.deleteIfExists(log);
        } catch (IOException e) {
            // A log left in the temporary folder is no reason to lose the measurements.
        }
    }
}
