package dev.fixpoint.server.webhooks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A webhook receiver on 127.0.0.1 that records every request and answers them with the given statuses in turn,
 * repeating the last; a redirect points at {@code /elsewhere} on the same receiver.
 */
final class WebhookReceiver implements AutoCloseable {

    /** One request as it arrived, with its headers' first values by lower-case name. */
    record Request(String method, String path, Map<String, String> headers, byte[] body, long receivedAtNanos) {

        String header(String name) {
            return headers.get(name.toLowerCase());
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        /** Verifies the signature the way a receiver would, independently of Fixpoint's code. */
        boolean signedWith(String secret) throws Exception {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String expected = "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
            return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                    String.valueOf(header("X-Fixpoint-Signature-256")).getBytes(StandardCharsets.UTF_8));
        }
    }

    private final HttpServer server;
    private final List<Integer> statuses;
    private final AtomicInteger answered = new AtomicInteger();
    private final List<Request> received = new CopyOnWriteArrayList<>();

    private WebhookReceiver(List<Integer> statuses) throws IOException {
        this.statuses = statuses;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    static WebhookReceiver answering(Integer... statuses) throws IOException {
        return new WebhookReceiver(List.of(statuses));
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    List<Request> received() {
        return List.copyOf(received);
    }

    /** The first {@code count} requests, waiting for them up to {@code within}. */
    List<Request> await(int count, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (received.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        if (received.size() < count) {
            throw new AssertionError("the receiver got " + received.size() + " of " + count + " requests within " + within);
        }
        return received().subList(0, count);
    }

    private void handle(HttpExchange exchange) throws IOException {
        Map<String, String> headers = new HashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.getFirst()));
        byte[] body = exchange.getRequestBody().readAllBytes();
        received.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), Map.copyOf(headers), body, System.nanoTime()));
        int status = statuses.get(Math.min(answered.getAndIncrement(), statuses.size() - 1));
        if (status / 100 == 3) {
            exchange.getResponseHeaders().add("Location", url("/elsewhere"));
        }
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
