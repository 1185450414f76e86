package dev.fixpoint.kit.net;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One HTTP response as the fetcher received it: redirects are returned, not followed.
 *
 * @param status  the status code
 * @param headers header values by lower-case name
 * @param body    the body's bytes
 */
public record FetchResponse(int status, Map<String, String> headers, byte[] body) {

    public FetchResponse {
        headers = Map.copyOf(headers);
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
    }

    /** A 301, 302, 303, 307 or 308 with a Location header. */
    public boolean isRedirect() {
        return (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) && headers.containsKey("location");
    }

    /** The Location header, as sent (it may be relative to the URL that was fetched). */
    public String location() {
        return headers.get("location");
    }

    /** The body as text, in the charset of the Content-Type header (UTF-8 when it names none). */
    public String text() {
        Charset charset = StandardCharsets.UTF_8;
        String type = headers.getOrDefault("content-type", "");
        int at = type.toLowerCase(Locale.ROOT).indexOf("charset=");
        if (at >= 0) {
            try {
                charset = Charset.forName(type.substring(at + 8).split(";")[0].trim().replace("\"", ""));
            } catch (IllegalArgumentException e) {
                // keep UTF-8
            }
        }
        return new String(body, charset);
    }
}
