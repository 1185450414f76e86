package blog;

import dev.fixpoint.kit.Answer;
import dev.fixpoint.kit.HttpError;
import dev.fixpoint.kit.Incoming;
import dev.fixpoint.kit.Router;
import dev.fixpoint.lab.LabService;
import dev.fixpoint.lab.ServiceContext;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** Acme's engineering blog: posts, and the comments readers leave under them. */
public class BlogService implements LabService {

    private final Map<Long, Post> posts = new HashMap<>();
    private final List<Comment> comments = new ArrayList<>();
    private final AtomicLong commentIds = new AtomicLong();

    @Override
    public Router start(ServiceContext context) {
        posts.put(1L, new Post(1, "How we cut our build times in half", "Priya",
                "Caching, parallel test shards and one surprising compiler flag: what worked and what did not."));
        posts.put(2L, new Post(2, "Notes from our first game day", "Tom",
                "We switched off a data centre on purpose. Here is what broke."));
        comments.add(new Comment(commentIds.incrementAndGet(), 1, "Marek", "https://marek.dev/",
                "Which flag? Asking for a friend with a 40 minute build.", LocalDate.now().minusDays(2)));
        comments.add(new Comment(commentIds.incrementAndGet(), 1, "Jo", "",
                "Great write-up, thanks for sharing!", LocalDate.now().minusDays(1)));
        return new Router().get("/posts/{id}", this::showPost).post("/posts/{id}/comments", this::addComment);
    }

    private Answer showPost(Incoming request) {
        Post post = post(request);
        List<Comment> shown;
        synchronized (comments) {
            shown = comments.stream().filter(comment -> comment.postId() == post.id()).toList();
        }
        return Answer.html(200, PostPage.render(post, shown));
    }

    /** Stores the comment of the form at the bottom of a post, then sends the reader back to the post. */
    private Answer addComment(Incoming request) {
        Post post = post(request);
        String author = request.form("author").orElse("").strip();
        String website = request.form("website").orElse("").strip();
        String text = request.form("text").orElse("").strip();
        if (author.isEmpty() || text.isEmpty() || author.length() > 100 || website.length() > 300 || text.length() > 2000) {
            throw HttpError.badRequest("A comment needs a name (up to 100 characters) and a text (up to 2000).");
        }
        Comment comment = new Comment(commentIds.incrementAndGet(), post.id(), author, website, text, LocalDate.now());
        synchronized (comments) {
            comments.add(comment);
        }
        return Answer.text(303, "Thanks for your comment.").header("Location", "/posts/" + post.id() + "#comment-" + comment.id());
    }

    private Post post(Incoming request) {
        Post post = posts.get(request.longParam("id"));
        if (post == null) {
            throw HttpError.notFound("No such post");
        }
        return post;
    }
}
