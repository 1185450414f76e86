package internet;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.fixpoint.lab.LabService;
import dev.fixpoint.lab.ServiceContext;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * "The public internet" of the lab: the web servers of news.example and blog.example (and a harmless page for
 * any other site), told apart by the Host header as virtual hosts are.
 */
public class WebService implements LabService {

    @Override
    public HttpHandler start(ServiceContext context) {
        return this::handle;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String host = exchange.getRequestHeaders().getFirst("Host");
        host = host == null ? "" : host.toLowerCase(Locale.ROOT).replaceAll(":\\d+$", "");
        String path = exchange.getRequestURI().getRawPath();
        String query = exchange.getRequestURI().getRawQuery();
        boolean https = "https".equals(exchange.getRequestHeaders().getFirst("X-Forwarded-Proto"));
        switch (host) {
            case "news.example", "www.news.example" -> news(exchange, path, query);
            case "blog.example" -> {
                if (!https) {
                    redirect(exchange, 301, "https://blog.example" + path + (query == null ? "" : "?" + query));
                } else if (path.startsWith("/posts/") && path.length() > "/posts/".length()) {
                    String slug = decode(path.substring("/posts/".length()));
                    page(exchange, slug + " | Example Blog", null,
                            "<h1>" + escape(slug) + "</h1><p>A long read about " + escape(slug) + ", and what we learned along the way.</p>");
                } else {
                    page(exchange, "Example Blog", null, "<p>Notes on software.</p>");
                }
            }
            default -> page(exchange, "Welcome", null, "<p>Nothing to see here.</p>");
        }
    }

    private void news(HttpExchange exchange, String path, String query) throws IOException {
        if (path.equals("/redirect")) {
            // The outbound-link tracker: counts the click, then sends the reader on. Any destination is accepted.
            String to = parameter(query, "to");
            if (to == null) {
                notFound(exchange);
            } else {
                redirect(exchange, 302, to);
            }
        } else if (path.startsWith("/articles/") && path.length() > "/articles/".length()) {
            String slug = decode(path.substring("/articles/".length()));
            page(exchange, "Why " + slug + " matters | News Example", "Our reporters on " + slug + ": what happened and what comes next.",
                    "<h1>Why " + escape(slug) + " matters</h1><p>Full story.</p>");
        } else if (path.equals("/search")) {
            String q = parameter(query, "q") == null ? "" : parameter(query, "q");
            page(exchange, "Search results for " + q + " | News Example", "Three stories about " + q + ".",
                    "<ul><li>" + escape(q) + "</li></ul>");
        } else if (path.equals("/")) {
            page(exchange, "News Example", "Independent news.", "<p>Today's headlines.</p>");
        } else {
            notFound(exchange);
        }
    }

    private static String parameter(String rawQuery, String name) {
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0 && pair.substring(0, equals).equals(name)) {
                    return decode(pair.substring(equals + 1));
                }
            }
        }
        return null;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static void page(HttpExchange exchange, String title, String description, String body) throws IOException {
        String html = "<!doctype html><html><head><meta charset=\"utf-8\"><title>" + escape(title) + "</title>"
                + (description == null ? "" : "<meta name=\"description\" content=\"" + escape(description) + "\">")
                + "</head><body>" + body + "</body></html>";
        send(exchange, 200, "text/html; charset=utf-8", html);
    }

    private static void notFound(HttpExchange exchange) throws IOException {
        send(exchange, 404, "text/html; charset=utf-8", "<!doctype html><title>Not found</title><p>No such page.</p>");
    }

    private static void redirect(HttpExchange exchange, int status, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        send(exchange, status, "text/html; charset=utf-8", "<a href=\"" + escape(location) + "\">Moved</a>");
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
