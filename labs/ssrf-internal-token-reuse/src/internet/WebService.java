package internet;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.fixpoint.kit.Answer;
import dev.fixpoint.kit.HttpError;
import dev.fixpoint.kit.Router;
import dev.fixpoint.lab.LabService;
import dev.fixpoint.lab.ServiceContext;

import java.io.IOException;
import java.util.Locale;

/**
 * "The public internet" of the lab: the web servers of news.example, blog.example and any other site, told
 * apart by the Host header as virtual hosts are.
 */
public class WebService implements LabService {

    @Override
    public HttpHandler start(ServiceContext context) {
        Router news = new Router()
                .get("/", request -> page("News Example", "Independent news.", "<p>Today's headlines.</p>"))
                .get("/articles/{slug}", request -> {
                    String slug = request.param("slug");
                    return page("Why " + slug + " matters | News Example", "Our reporters on " + slug + ": what happened and what comes next.",
                            "<h1>Why " + escape(slug) + " matters</h1><p>Full story.</p>");
                })
                .get("/search", request -> {
                    String q = request.query("q").orElse("");
                    return page("Search results for " + q + " | News Example", "Three stories about " + q + ".",
                            "<ul><li>" + escape(q) + "</li></ul>");
                })
                // The outbound-link tracker: counts the click, then sends the reader on. Any destination is accepted.
                .get("/redirect", request -> redirect(302, request.query("to").orElseThrow(() -> HttpError.notFound("no destination"))));
        Router blog = new Router()
                .get("/", request -> page("Example Blog", null, "<p>Notes on software.</p>"))
                .get("/posts/{slug}", request -> {
                    String slug = request.param("slug");
                    return page(slug + " | Example Blog", null,
                            "<h1>" + escape(slug) + "</h1><p>A long read about " + escape(slug) + ", and what we learned along the way.</p>");
                });
        return exchange -> {
            String host = exchange.getRequestHeaders().getFirst("Host");
            host = host == null ? "" : host.toLowerCase(Locale.ROOT).replaceAll(":\\d+$", "");
            boolean https = "https".equals(exchange.getRequestHeaders().getFirst("X-Forwarded-Proto"));
            switch (host) {
                case "news.example", "www.news.example" -> news.handle(exchange);
                case "blog.example" -> {
                    if (https) {
                        blog.handle(exchange);
                    } else {
                        String query = exchange.getRequestURI().getRawQuery();
                        send(exchange, redirect(301, "https://blog.example" + exchange.getRequestURI().getRawPath() + (query == null ? "" : "?" + query)));
                    }
                }
                default -> {
                    // Every other site: somebody's small web site, a page per path.
                    String path = exchange.getRequestURI().getPath();
                    String name = path.substring(path.lastIndexOf('/') + 1);
                    send(exchange, name.isEmpty() ? page("Welcome", null, "<p>Nothing to see here.</p>")
                            : page(name + " | " + host, "Notes on " + name + " from " + host + ".", "<p>" + escape(name) + "</p>"));
                }
            }
        };
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static Answer page(String title, String description, String body) {
        return Answer.html(200, "<!doctype html><html><head><meta charset=\"utf-8\"><title>" + escape(title) + "</title>"
                + (description == null ? "" : "<meta name=\"description\" content=\"" + escape(description) + "\">")
                + "</head><body>" + body + "</body></html>");
    }

    private static Answer redirect(int status, String location) {
        return Answer.html(status, "<a href=\"" + escape(location) + "\">Moved</a>").header("Location", location);
    }

    /** For the answers given before any route is chosen (the Router has no route for every path). */
    private static void send(HttpExchange exchange, Answer answer) throws IOException {
        try (exchange) {
            answer.headers().forEach(exchange.getResponseHeaders()::set);
            exchange.sendResponseHeaders(answer.status(), answer.body().length);
            exchange.getResponseBody().write(answer.body());
        }
    }
}
