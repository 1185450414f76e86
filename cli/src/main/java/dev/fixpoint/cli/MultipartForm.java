package dev.fixpoint.cli;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;

/** A multipart/form-data body (RFC 7578) held in memory: text fields and files, in the order they were added. */
final class MultipartForm {

    private static final SecureRandom RANDOM = new SecureRandom();

    // 128 random bits: content cannot plausibly contain the boundary, so nothing needs to be searched or escaped.
    private final String boundary = "fixpoint-" + HexFormat.of().formatHex(bytes(16));
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    MultipartForm field(String name, String value) {
        // No Content-Type, as browsers and curl send text fields; the server reads them as UTF-8.
        part("form-data; name=\"" + name + "\"", null, value.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    MultipartForm file(String name, String fileName, String contentType, byte[] content) {
        part("form-data; name=\"" + name + "\"; filename=\"" + quotable(fileName) + "\"", contentType, content);
        return this;
    }

    String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    /** The body; its length is known, so the request states it rather than being sent in chunks. */
    HttpRequest.BodyPublisher publisher() {
        return HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()),
                HttpRequest.BodyPublishers.ofByteArray(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII)));
    }

    private void part(String disposition, String contentType, byte[] content) {
        StringBuilder head = new StringBuilder("--").append(boundary).append("\r\nContent-Disposition: ").append(disposition).append("\r\n");
        if (contentType != null) {
            head.append("Content-Type: ").append(contentType).append("\r\n");
        }
        body.writeBytes(head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    /** The name as browsers put it between the quotes of a header (RFC 7578, 4.2): quotes and line breaks percent-encoded. */
    private static String quotable(String name) {
        return name.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static byte[] bytes(int n) {
        byte[] random = new byte[n];
        RANDOM.nextBytes(random);
        return random;
    }
}
