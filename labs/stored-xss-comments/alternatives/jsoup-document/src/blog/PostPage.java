package blog;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

/** Renders a blog post and its comments as an HTML page. */
public final class PostPage {

    private PostPage() {
    }

    public static String render(Post post, List<Comment> comments) {
        // Values enter the tree as text nodes and attribute values; the serializer escapes each for its context.
        Document page = Document.createShell("");
        page.outputSettings().prettyPrint(false);
        page.head().appendElement("meta").attr("charset", "utf-8");
        page.head().appendElement("title").text(post.title() + " | Acme engineering blog");
        page.head().appendElement("link").attr("rel", "stylesheet").attr("href", "/static/blog.css");
        page.selectFirst("html").attr("lang", "en");

        Element article = page.body().appendElement("article").addClass("post");
        article.appendElement("h1").text(post.title());
        article.appendElement("p").addClass("byline").text("by " + post.author());
        article.appendElement("p").text(post.body());

        Element section = page.body().appendElement("section").id("comments");
        section.appendElement("h2").text(comments.size() + " comments");
        for (Comment comment : comments) {
            Element item = section.appendElement("article").addClass("comment").id("comment-" + comment.id());
            Element header = item.appendElement("header");
            if (isWebLink(comment.website())) {
                header.appendElement("a").addClass("author").attr("href", comment.website())
                        .attr("rel", "nofollow ugc").text(comment.author());
            } else {
                header.appendElement("span").addClass("author").text(comment.author());
            }
            header.appendText(" on ");
            header.appendElement("time").text(comment.date().toString());
            item.appendElement("p").addClass("text").text(comment.text());
            item.appendElement("button").attr("type", "button").addClass("reply")
                    .attr("data-reply-to", comment.author()).text("Reply");
        }

        Element form = page.body().appendElement("form").addClass("new-comment")
                .attr("method", "post").attr("action", "/posts/" + post.id() + "/comments");
        form.appendElement("label").appendText("Name ")
                .appendElement("input").attr("name", "author").attr("required", true).attr("maxlength", "100");
        form.appendElement("label").appendText("Website ")
                .appendElement("input").attr("name", "website").attr("type", "url").attr("maxlength", "300");
        form.appendElement("label").appendText("Comment ")
                .appendElement("textarea").attr("name", "text").attr("required", true).attr("maxlength", "2000");
        form.appendElement("button").attr("type", "submit").text("Post comment");
        return "<!DOCTYPE html>\n" + page.outerHtml();
    }

    /** Only absolute http and https URLs become links; a URL that does not parse is shown as the plain name. */
    static boolean isWebLink(String website) {
        try {
            String scheme = new URI(website).getScheme();
            return scheme != null && (scheme.toLowerCase(Locale.ROOT).equals("http") || scheme.toLowerCase(Locale.ROOT).equals("https"));
        } catch (URISyntaxException notAUrl) {
            return false;
        }
    }
}
