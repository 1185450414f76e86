package blog;

import java.util.List;
import java.util.Locale;

/** Renders a blog post and its comments as an HTML page. */
public final class PostPage {

    private PostPage() {
    }

    public static String render(Post post, List<Comment> comments) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>").append(text(post.title())).append(" | Acme engineering blog</title>\n")
                .append("<link rel=\"stylesheet\" href=\"/static/blog.css\">\n</head>\n<body>\n");

        html.append("<article class=\"post\">\n")
                .append("<h1>").append(text(post.title())).append("</h1>\n")
                .append("<p class=\"byline\">by ").append(text(post.author())).append("</p>\n")
                .append("<p>").append(text(post.body())).append("</p>\n")
                .append("</article>\n");

        html.append("<section id=\"comments\">\n<h2>").append(comments.size()).append(" comments</h2>\n");
        for (Comment comment : comments) {
            html.append("<article class=\"comment\" id=\"comment-").append(comment.id()).append("\">\n<header>");
            if (isWebLink(comment.website())) {
                // A URL attribute: the scheme is checked first (escaping does not stop javascript:), then the
                // value is escaped for a double-quoted attribute.
                html.append("<a class=\"author\" href=\"").append(attribute(comment.website())).append("\" rel=\"nofollow ugc\">")
                        .append(comment.author()).append("</a>");
            } else {
                html.append("<span class=\"author\">").append(text(comment.author())).append("</span>");
            }
            html.append(" on <time>").append(comment.date()).append("</time></header>\n")
                    .append("<p class=\"text\">").append(text(comment.text())).append("</p>\n")
                    .append("<button type=\"button\" class=\"reply\" data-reply-to=\"").append(attribute(comment.author()))
                    .append("\">Reply</button>\n")
                    .append("</article>\n");
        }
        html.append("</section>\n");

        html.append("<form class=\"new-comment\" method=\"post\" action=\"/posts/").append(post.id()).append("/comments\">\n")
                .append("<label>Name <input name=\"author\" required maxlength=\"100\"></label>\n")
                .append("<label>Website <input name=\"website\" type=\"url\" maxlength=\"300\"></label>\n")
                .append("<label>Comment <textarea name=\"text\" required maxlength=\"2000\"></textarea></label>\n")
                .append("<button type=\"submit\">Post comment</button>\n")
                .append("</form>\n</body>\n</html>\n");
        return html.toString();
    }

    /** Escapes a value for the text between tags: no character of it can start a tag or an entity. */
    static String text(String value) {
        StringBuilder escaped = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /**
     * Escapes a value for an attribute written between double quotes. Besides what text needs, the quotes must
     * be escaped: an unescaped {@code "} would end the value and let the rest become new attributes.
     */
    static String attribute(String value) {
        StringBuilder escaped = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** Only http and https links are rendered as links: javascript:, data: and the like never reach an href. */
    static boolean isWebLink(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://");
    }
}
