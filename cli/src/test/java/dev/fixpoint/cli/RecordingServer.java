package dev.fixpoint.cli;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** A stand-in for the Fixpoint server on 127.0.0.1: records every request and answers each with one canned status and JSON. */
final class RecordingServer implements AutoCloseable {

    /** A request as it arrived. */
    record Request(String method, URI uri, Headers headers, byte[] body) {

        String header(String name) {
            return headers.getFirst(name);
        }

        /** The parts of a multipart/form-data body, which must be laid out as RFC 2046 says. */
        List<Part> parts() {
            Matcher type = Pattern.compile("multipart/form-data; boundary=([0-9A-Za-z'()+_,./:=?-]{1,70})").matcher(header("Content-Type"));
            assertThat(type.matches()).as(header("Content-Type")).isTrue();
            String delimiter = "--" + type.group(1);
            // ISO-8859-1 maps each byte to one char and back, so file contents survive the string handling exactly.
            String text = new String(body, StandardCharsets.ISO_8859_1);
            assertThat(text).startsWith(delimiter + "\r\n").endsWith("\r\n" + delimiter + "--\r\n");
            String inner = text.substring(delimiter.length() + 2, text.length() - delimiter.length() - 6);
            List<Part> parts = new ArrayList<>();
            for (String part : inner.split(Pattern.quote("\r\n" + delimiter + "\r\n"), -1)) {
                int blank = part.indexOf("\r\n\r\n");
                assertThat(blank).as("the blank line after a part's headers").isNotNegative();
                Map<String, String> headers = new HashMap<>();
                for (String line : new String(part.substring(0, blank).getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8).split("\r\n")) {
                    assertThat(line).contains(":");
                    headers.put(line.substring(0, line.indexOf(':')).toLowerCase(Locale.ROOT), line.substring(line.indexOf(':') + 1).strip());
                }
                String disposition = headers.get("content-disposition");
                assertThat(disposition).startsWith("form-data;");
                parts.add(new Part(parameter(disposition, "name"), parameter(disposition, "filename"), headers.get("content-type"),
                        part.substring(blank + 4).getBytes(StandardCharsets.ISO_8859_1)));
            }
            return parts;
        }

        private static String parameter(String disposition, String name) {
            Matcher value = Pattern.compile(";\\s*" + name + "=\"([^\"]*)\"").matcher(disposition);
            return value.find() ? value.group(1) : null;
        }
    }

    /** One part of a multipart body; {@code fileName} and {@code contentType} are null when the part has none. */
    record Part(String name, String fileName, String contentType, byte[] content) {
        String text() {
            return new String(content, StandardCharsets.UTF_8);
        }
    }

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final int status;
    private final String answer;

    RecordingServer(int status, String answer) throws IOException {
        this.status = status;
        this.answer = answer;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<Request> requests() {
        return requests;
    }

    /** Stores a {@code fixpoint login} for this server in the credentials file {@code fixpoint.config} names. */
    void storeLogin(String token) throws IOException {
        new ServerCredentials(URI.create(url() + "/"), token).save();
    }

    private void answer(HttpExchange exchange) throws IOException {
        try {
            requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI(), new Headers(exchange.getRequestHeaders()),
                    exchange.getRequestBody().readAllBytes()));
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", status >= 400 ? "application/problem+json" : "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        } finally {
            exchange.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
