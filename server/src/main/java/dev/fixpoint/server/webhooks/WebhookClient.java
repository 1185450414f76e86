package dev.fixpoint.server.webhooks;

import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Posts one delivery to its receiver, signed, never following a redirect, and says how the attempt went. It speaks
 * HTTP/1.1 over a socket of its own so that it connects to the address {@link Destinations} checked, never to one a
 * second DNS lookup might give; HTTPS verifies the certificate against the URL's host name.
 */
@Component
class WebhookClient {

    static final String USER_AGENT = "Fixpoint-Webhooks";
    static final String EVENT_HEADER = "X-Fixpoint-Event";
    static final String DELIVERY_HEADER = "X-Fixpoint-Delivery";
    static final String SIGNATURE_HEADER = "X-Fixpoint-Signature-256";
    private static final int MAX_ERROR = 500;
    /** The longest status line read; the rest of the answer is never read. */
    private static final int MAX_STATUS_LINE = 1000;
    private static final Pattern STATUS_LINE = Pattern.compile("HTTP/1\\.[01] (\\d{3})(?: .*)?");

    private final Destinations destinations;
    private final Duration connectTimeout;
    private final Duration timeout;

    WebhookClient(Destinations destinations, WebhookProperties settings) {
        this.destinations = destinations;
        this.connectTimeout = settings.connectTimeout();
        this.timeout = settings.timeout();
    }

    /** GitHub's scheme, so that receivers can reuse their verification code: {@code sha256=} and the lowercase hex HMAC of the body. */
    static String signature(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Makes attempt {@code number} of the delivery.
     *
     * @throws InterruptedException when the server is stopping; nothing is to be recorded then
     */
    Delivery.Attempt send(DeliveryRepository.Due delivery, int number) throws InterruptedException {
        OffsetDateTime at = OffsetDateTime.now();
        long start = System.nanoTime();
        try {
            int status = post(URI.create(delivery.url()), delivery);
            return new Delivery.Attempt(number, at, status, null, millisSince(start));
        } catch (IOException | IllegalArgumentException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedException("stopping");
            }
            return new Delivery.Attempt(number, at, null, describe(e), millisSince(start));
        }
    }

    private int post(URI url, DeliveryRepository.Due delivery) throws IOException {
        boolean https = "https".equalsIgnoreCase(url.getScheme());
        if (!https && !"http".equalsIgnoreCase(url.getScheme())) {
            throw new IllegalArgumentException("not an http or https URL");
        }
        if (url.getHost() == null) {
            throw new IllegalArgumentException("the URL names no host");
        }
        int port = url.getPort() >= 0 ? url.getPort() : https ? 443 : 80;
        InetAddress address = destinations.pin(url.getHost());
        byte[] body = delivery.payload().getBytes(StandardCharsets.UTF_8);
        String target = (url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath())
                + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
        String head = "POST " + target + " HTTP/1.1\r\n"
                + "Host: " + url.getHost() + (url.getPort() >= 0 ? ":" + port : "") + "\r\n"
                + "Content-Type: application/json\r\n"
                + "User-Agent: " + USER_AGENT + "\r\n"
                + EVENT_HEADER + ": " + delivery.event() + "\r\n"
                + DELIVERY_HEADER + ": " + delivery.id() + "\r\n"
                + SIGNATURE_HEADER + ": " + signature(delivery.secret(), body) + "\r\n"
                + "Content-Length: " + body.length + "\r\n"
                + "Connection: close\r\n\r\n";
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Socket plain = new Socket()) {
            plain.connect(new InetSocketAddress(address, port), (int) connectTimeout.toMillis());
            try (Socket socket = https ? tls(plain, url.getHost(), port) : plain) {
                socket.setSoTimeout((int) timeout.toMillis());
                OutputStream out = socket.getOutputStream();
                out.write(head.getBytes(StandardCharsets.ISO_8859_1));
                out.write(body);
                out.flush();
                return status(socket, deadline);
            }
        }
    }

    private static Socket tls(Socket plain, String host, int port) throws IOException {
        SSLSocket socket;
        try {
            socket = (SSLSocket) SSLContext.getDefault().getSocketFactory().createSocket(plain, host, port, true);
        } catch (GeneralSecurityException e) {
            throw new IOException("TLS is not available: " + e.getMessage(), e);
        }
        SSLParameters parameters = socket.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        socket.setSSLParameters(parameters);
        socket.startHandshake();
        return socket;
    }

    /** Reads the status line only, within the timeout as a whole: a receiver that trickles bytes cannot hold the sender. */
    private static int status(Socket socket, long deadline) throws IOException {
        InputStream in = socket.getInputStream();
        StringBuilder line = new StringBuilder();
        while (line.length() < MAX_STATUS_LINE) {
            long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            if (left <= 0) {
                throw new SocketTimeoutException("no answer within the timeout");
            }
            socket.setSoTimeout((int) Math.max(1, left));
            int b = in.read();
            if (b < 0 || b == '\n') {
                break;
            }
            line.append((char) b);
        }
        Matcher status = STATUS_LINE.matcher(line.toString().strip());
        if (!status.matches()) {
            throw new IOException("the receiver's answer is not HTTP/1.1");
        }
        return Integer.parseInt(status.group(1));
    }

    private static String describe(Exception e) {
        String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
        return text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR - 1) + "…";
    }

    private static long millisSince(long start) {
        return Duration.ofNanos(System.nanoTime() - start).toMillis();
    }
}
