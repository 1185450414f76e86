package dev.fixpoint.lab.host;

import dev.fixpoint.lab.Request;
import dev.fixpoint.lab.Response;
import dev.fixpoint.lab.ServiceUnreachableException;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A minimal HTTP/1.1 client for services on the loopback interface. It sends the request target byte for
 * byte (the JDK clients normalise or refuse the odd paths that exploit checks need) and caps what it reads,
 * so that a hostile service can neither hang nor flood the caller. (Its length is HTTP/1.1 framing: status
 * line, headers, fixed-length, chunked and close-delimited bodies, each bounded.)
 */
public final class LoopbackHttp {

    /** Bodies longer than this are cut and the response is marked truncated. */
    public static final int MAX_BODY_BYTES = 1 << 20;
    private static final int MAX_HEAD_BYTES = 64 * 1024;

    private LoopbackHttp() {
    }

    /**
     * Sends one request to {@code 127.0.0.1:port} and reads the response.
     *
     * @param timeoutMillis the longest the whole exchange may take
     * @throws ServiceUnreachableException on a refused or closed connection, a timeout, or a malformed response
     */
    public static Response exchange(int port, Request request, int timeoutMillis) {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
        try (Socket socket = new Socket()) {
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), timeoutMillis);
            socket.setSoTimeout(timeoutMillis);
            writeRequest(socket.getOutputStream(), port, request);
            return readResponse(new DeadlineInputStream(new BufferedInputStream(socket.getInputStream()), socket, deadline));
        } catch (SocketTimeoutException e) {
            throw new ServiceUnreachableException("no response within " + timeoutMillis + " ms", true);
        } catch (IOException e) {
            throw new ServiceUnreachableException("connection failed: " + e.getMessage());
        }
    }

    private static void writeRequest(OutputStream out, int port, Request request) throws IOException {
        byte[] body = request.bodyBytes();
        StringBuilder head = new StringBuilder();
        head.append(request.method()).append(' ').append(request.target()).append(" HTTP/1.1\r\n");
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Host", "127.0.0.1:" + port);
        headers.put("Connection", "close");
        request.headers().forEach(headers::put);
        if (body.length > 0 || !request.method().equals("GET")) {
            headers.put("Content-Length", Integer.toString(body.length));
        }
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        head.append("\r\n");
        // One write for head and body: two small segments would wait on Nagle and delayed ACKs (40 ms each).
        ByteArrayOutputStream whole = new ByteArrayOutputStream(head.length() + body.length);
        whole.write(head.toString().getBytes(StandardCharsets.UTF_8));
        whole.write(body);
        out.write(whole.toByteArray());
        out.flush();
    }

    private static Response readResponse(InputStream in) throws IOException {
        String statusLine = readLine(in);
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
            throw new ServiceUnreachableException("malformed status line: " + abbreviate(statusLine));
        }
        int status;
        try {
            status = Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            throw new ServiceUnreachableException("malformed status code: " + abbreviate(parts[1]));
        }
        Map<String, String> headers = new LinkedHashMap<>();
        int headBytes = statusLine.length();
        for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
            headBytes += line.length();
            if (headBytes > MAX_HEAD_BYTES) {
                throw new ServiceUnreachableException("response headers longer than " + MAX_HEAD_BYTES + " bytes");
            }
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.merge(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim(), (a, b) -> a + ", " + b);
            }
        }
        BoundedBody body = new BoundedBody();
        if ("chunked".equalsIgnoreCase(headers.getOrDefault("transfer-encoding", ""))) {
            readChunked(in, body);
        } else if (headers.containsKey("content-length")) {
            long length = parseLength(headers.get("content-length"));
            body.copy(in, length);
        } else if (status != 204 && status != 304 && status >= 200) {
            body.copy(in, Long.MAX_VALUE);
        }
        return new Response(status, headers, body.text(), body.truncated);
    }

    private static void readChunked(InputStream in, BoundedBody body) throws IOException {
        while (true) {
            String sizeLine = readLine(in);
            int semicolon = sizeLine.indexOf(';');
            long size = parseHex(semicolon >= 0 ? sizeLine.substring(0, semicolon) : sizeLine);
            if (size == 0) {
                return;
            }
            body.copy(in, size);
            readLine(in);
            if (body.truncated) {
                return;
            }
        }
    }

    private static long parseLength(String value) {
        try {
            long length = Long.parseLong(value.trim());
            if (length < 0) {
                throw new NumberFormatException();
            }
            return length;
        } catch (NumberFormatException e) {
            throw new ServiceUnreachableException("malformed Content-Length: " + abbreviate(value));
        }
    }

    private static long parseHex(String value) {
        try {
            return Long.parseLong(value.trim(), 16);
        } catch (NumberFormatException e) {
            throw new ServiceUnreachableException("malformed chunk size: " + abbreviate(value));
        }
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                if (line.size() == 0) {
                    throw new ServiceUnreachableException("connection closed without a complete response");
                }
                break;
            }
            if (line.size() > MAX_HEAD_BYTES) {
                throw new ServiceUnreachableException("response line longer than " + MAX_HEAD_BYTES + " bytes");
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.UTF_8);
    }

    private static String abbreviate(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "..." : text;
    }

    /** Keeps the first {@link #MAX_BODY_BYTES} bytes of a body and drains no more than that. */
    private static final class BoundedBody {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private boolean truncated;

        void copy(InputStream in, long length) throws IOException {
            byte[] buffer = new byte[8192];
            long remaining = length;
            while (remaining > 0) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, remaining));
                if (n < 0) {
                    return;
                }
                int room = MAX_BODY_BYTES - bytes.size();
                bytes.write(buffer, 0, Math.min(n, room));
                remaining -= n;
                if (n > room) {
                    truncated = true;
                    return;
                }
            }
        }

        String text() {
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }

    /** Fails reads once the exchange's deadline has passed, so a service that drips bytes cannot hang us. */
    private static final class DeadlineInputStream extends InputStream {
        private final InputStream in;
        private final Socket socket;
        private final long deadline;

        DeadlineInputStream(InputStream in, Socket socket, long deadline) {
            this.in = in;
            this.socket = socket;
            this.deadline = deadline;
        }

        @Override
        public int read() throws IOException {
            arm();
            return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            arm();
            return in.read(b, off, len);
        }

        private void arm() throws IOException {
            long left = (deadline - System.nanoTime()) / 1_000_000L;
            if (left <= 0) {
                throw new SocketTimeoutException("deadline passed");
            }
            socket.setSoTimeout((int) Math.max(1, left));
        }
    }
}
