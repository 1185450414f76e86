package blog;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.fixpoint.lab.LabService;
import dev.fixpoint.lab.ServiceContext;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Acme's engineering blog: posts, and the comments readers leave under them. */
public class BlogService implements LabService {

    private static final Pattern POST = Pattern.compile("/posts/(\\d{1,9})");
    private static final Pattern COMMENTS = Pattern.compile("/posts/(\\d{1,9})/comments");

    private final Map<Long, Post> posts = new HashMap<>();
    private final List<Comment> comments = new ArrayList<>();
    private final AtomicLong commentIds = new AtomicLong();

    @Override
    public HttpHandler start(ServiceContext context) {
        posts.put(1L, new Post(1, "How we cut our build times in half", "Priya",
                "Caching, parallel test shards and one surprising compiler flag: what worked and what did not."));
        posts.put(2L, new Post(2, "Notes from our first game day", "Tom",
                "We switched off a data centre on purpose. Here is what broke."));
        comments.add(new Comment(commentIds.incrementAndGet(), 1, "Marek", "https://marek.dev/",
                "Which flag? Asking for a friend with a 40 minute build.", LocalDate.now().minusDays(2)));
        comments.add(new Comment(commentIds.incrementAndGet(), 1, "Jo", "",
                "Great write-up, thanks for sharing!", LocalDate.now().minusDays(1)));
        return this::route;
    }

    private void route(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        Matcher post = POST.matcher(path);
        Matcher newComment = COMMENTS.matcher(path);
        if (exchange.getRequestMethod().equals("GET") && post.matches()) {
            showPost(exchange, Long.parseLong(post.group(1)));
        } else if (exchange.getRequestMethod().equals("POST") && newComment.matches()) {
            addComment(exchange, Long.parseLong(newComment.group(1)));
        } else {
            send(exchange, 404, "text/plain", "Not found");
        }
    }

    private void showPost(HttpExchange exchange, long postId) throws IOException {
        Post post = posts.get(postId);
        if (post == null) {
            send(exchange, 404, "text/plain", "No such post");
            return;
        }
        List<Comment> shown;
        synchronized (comments) {
            shown = comments.stream().filter(comment -> comment.postId() == postId).toList();
        }
        send(exchange, 200, "text/html; charset=utf-8", PostPage.render(post, shown));
    }

    /** Stores the comment of the form at the bottom of a post, then sends the reader back to the post. */
    private void addComment(HttpExchange exchange, long postId) throws IOException {
        if (!posts.containsKey(postId)) {
            send(exchange, 404, "text/plain", "No such post");
            return;
        }
        Map<String, String> form = formFields(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String author = form.getOrDefault("author", "").strip();
        String website = form.getOrDefault("website", "").strip();
        String text = form.getOrDefault("text", "").strip();
        if (author.isEmpty() || text.isEmpty() || author.length() > 100 || website.length() > 300 || text.length() > 2000) {
            send(exchange, 400, "text/plain", "A comment needs a name (up to 100 characters) and a text (up to 2000).");
            return;
        }
        Comment comment = new Comment(commentIds.incrementAndGet(), postId, author, website, text, LocalDate.now());
        synchronized (comments) {
            comments.add(comment);
        }
        exchange.getResponseHeaders().set("Location", "/posts/" + postId + "#comment-" + comment.id());
        send(exchange, 303, "text/plain", "Thanks for your comment.");
    }

    private static Map<String, String> formFields(String body) {
        Map<String, String> fields = new HashMap<>();
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                fields.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return fields;
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
