package dev.fixpoint.kit.net;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A small HTTP/1.1 client for GET requests over a simulated {@link Network}. It sends one request and returns
 * the response; it never follows redirects itself. TLS is simulated by the network: {@code https} URLs are
 * fetched like {@code http} ones, on port 443 by default, and the server is told so by an
 * {@code X-Forwarded-Proto: https} header. Only {@code http} and {@code https} are supported.
 */
public final class HttpFetcher {

    private static final int CONNECT_TIMEOUT_MILLIS = 500;
    private static final int READ_TIMEOUT_MILLIS = 1000;
    private static final int MAX_BODY_BYTES = 512 * 1024;

    private final Dns dns;

    /** A fetcher that looks hosts up with {@code dns} and connects to the servers of its network. */
    public HttpFetcher(Dns dns) {
        this.dns = dns;
    }

    /** GETs {@code url}: looks its host up with the {@link Dns} and connects to the first address. */
    public FetchResponse get(URI url) throws IOException {
        requireHttp(url);
        return get(url, dns.resolve(url.getHost()).get(0));
    }

    /**
     * GETs {@code url} from the server at {@code address}, without looking the host up: the URL's host is
     * only sent in the Host header (as a client does when its connection is pinned to an address).
     */
    public FetchResponse get(URI url, InetAddress address) throws IOException {
        requireHttp(url);
        boolean https = url.getScheme().equalsIgnoreCase("https");
        int port = url.getPort() != -1 ? url.getPort() : https ? 443 : 80;
        URI server = dns.network().server(address, port);
        String target = (url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath())
                + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
        String host = url.getRawAuthority().substring(url.getRawAuthority().lastIndexOf('@') + 1);
        StringBuilder request = new StringBuilder()
                .append("GET ").append(target).append(" HTTP/1.1\r\n")
                .append("Host: ").append(host).append("\r\n")
                .append("User-Agent: ").append(dns.network().userAgent()).append("\r\n")
                .append("Accept: text/html,*/*;q=0.8\r\n")
                .append(https ? "X-Forwarded-Proto: https\r\n" : "")
                .append("Connection: close\r\n\r\n");
        // The only connection ever made: to the lab service that plays the server, on the loopback address.
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.getPort()), CONNECT_TIMEOUT_MILLIS);
            socket.setSoTimeout(READ_TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return read(new BufferedInputStream(socket.getInputStream()));
        } catch (NumberFormatException e) {
            throw new IOException("malformed HTTP response: " + e.getMessage());
        }
    }

    private static void requireHttp(URI url) throws IOException {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IOException("unsupported protocol: " + (scheme.isEmpty() ? "(none)" : scheme));
        }
        if (url.getHost() == null || url.getRawAuthority() == null) {
            throw new IOException("no host in " + url);
        }
    }

    private static FetchResponse read(InputStream in) throws IOException {
        String statusLine = line(in);
        String[] status = statusLine.split(" ", 3);
        if (status.length < 2 || !status[0].startsWith("HTTP/")) {
            throw new IOException("not an HTTP response");
        }
        Map<String, String> headers = new HashMap<>();
        for (String header = line(in); !header.isEmpty(); header = line(in)) {
            int colon = header.indexOf(':');
            if (colon > 0) {
                headers.merge(header.substring(0, colon).trim().toLowerCase(Locale.ROOT), header.substring(colon + 1).trim(),
                        (a, b) -> a + ", " + b);
            }
        }
        byte[] body;
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            ByteArrayOutputStream chunks = new ByteArrayOutputStream();
            for (int size = Integer.parseInt(line(in).split(";")[0].trim(), 16); size > 0;
                 size = Integer.parseInt(line(in).split(";")[0].trim(), 16)) {
                if (chunks.size() + size > MAX_BODY_BYTES) {
                    throw new IOException("response too large");
                }
                chunks.write(in.readNBytes(size));
                line(in);
            }
            body = chunks.toByteArray();
        } else if (headers.containsKey("content-length")) {
            int length = Integer.parseInt(headers.get("content-length"));
            if (length > MAX_BODY_BYTES) {
                throw new IOException("response too large");
            }
            body = in.readNBytes(length);
        } else {
            body = in.readNBytes(MAX_BODY_BYTES);
        }
        return new FetchResponse(Integer.parseInt(status[1]), headers, body);
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c == -1) {
                throw new IOException("connection closed");
            }
            if (line.size() > 8192) {
                throw new IOException("header line too long");
            }
            if (c != '\r') {
                line.write(c);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }
}
