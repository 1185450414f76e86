package dev.fixpoint.server.network;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A TLS-terminating reverse proxy as an operator puts in front of the server, on loopback: it listens on
 * 127.0.0.1, connects to the server from its own loopback address, appends the address its client connected from to
 * {@code X-Forwarded-For} (as nginx's {@code proxy_add_x_forwarded_for} does) and says the request came over
 * HTTPS to its public host name. One request per connection.
 */
final class ReverseProxy implements AutoCloseable {

    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-connection", "upgrade", "http2-settings",
            "te", "trailer", "transfer-encoding", "x-forwarded-proto", "x-forwarded-host", "x-forwarded-port");

    private final ServerSocket listener;
    private final InetAddress from;
    private final int upstreamPort;
    private final String publicHost;
    private final Thread acceptor;

    /**
     * @param from       the loopback address the proxy connects to the server from
     * @param publicHost the host name the proxy is reached by, which it forwards as {@code X-Forwarded-Host}
     */
    ReverseProxy(InetAddress from, int upstreamPort, String publicHost) throws IOException {
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.from = from;
        this.upstreamPort = upstreamPort;
        this.publicHost = publicHost;
        this.acceptor = Thread.ofPlatform().daemon().name("reverse-proxy").start(this::accept);
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + listener.getLocalPort());
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Thread.ofVirtual().start(() -> serve(client));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client; Socket upstream = new Socket()) {
            client.setSoTimeout(30_000);
            InputStream in = client.getInputStream();
            List<String> head = readHead(in);
            StringBuilder forwarded = new StringBuilder(head.getFirst()).append("\r\n");
            String forwardedFor = null;
            long length = 0;
            for (String line : head.subList(1, head.size())) {
                String name = line.substring(0, line.indexOf(':')).strip().toLowerCase(Locale.ROOT);
                String value = line.substring(line.indexOf(':') + 1).strip();
                if (name.equals("x-forwarded-for")) {
                    forwardedFor = forwardedFor == null ? value : forwardedFor + ", " + value;
                } else if (!HOP_BY_HOP.contains(name)) {
                    forwarded.append(line).append("\r\n");
                }
                if (name.equals("content-length")) {
                    length = Long.parseLong(value);
                }
            }
            String clientAddress = client.getInetAddress().getHostAddress();
            forwarded.append("X-Forwarded-For: ").append(forwardedFor == null ? clientAddress : forwardedFor + ", " + clientAddress).append("\r\n")
                    .append("X-Forwarded-Proto: https\r\nX-Forwarded-Host: ").append(publicHost).append("\r\nConnection: close\r\n\r\n");
            upstream.bind(new InetSocketAddress(from, 0));
            upstream.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), upstreamPort), 10_000);
            upstream.setSoTimeout(30_000);
            OutputStream toServer = upstream.getOutputStream();
            toServer.write(forwarded.toString().getBytes(StandardCharsets.ISO_8859_1));
            toServer.write(in.readNBytes((int) length));
            toServer.flush();
            // The server closes the connection after its answer (Connection: close), which ends the copy.
            upstream.getInputStream().transferTo(client.getOutputStream());
        } catch (IOException e) {
            // The client sees its connection closed, as behind a real proxy whose upstream failed.
        }
    }

    private static List<String> readHead(InputStream in) throws IOException {
        List<String> lines = new ArrayList<>();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b >= 0; b = in.read()) {
            if (b == '\n') {
                String text = line.toString(StandardCharsets.ISO_8859_1).stripTrailing();
                if (text.isEmpty()) {
                    return lines;
                }
                lines.add(text);
                line.reset();
            } else {
                line.write(b);
            }
        }
        throw new IOException("the client closed the connection before the end of the request head");
    }

    @Override
    public void close() throws IOException, InterruptedException {
        listener.close();
        acceptor.join();
    }
}
