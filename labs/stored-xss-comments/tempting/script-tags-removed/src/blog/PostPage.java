package blog;

import java.util.List;

/** Renders a blog post and its comments as an HTML page. */
public final class PostPage {

    private PostPage() {
    }

    public static String render(Post post, List<Comment> comments) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>").append(post.title()).append(" | Acme engineering blog</title>\n")
                .append("<link rel=\"stylesheet\" href=\"/static/blog.css\">\n</head>\n<body>\n");

        html.append("<article class=\"post\">\n")
                .append("<h1>").append(post.title()).append("</h1>\n")
                .append("<p class=\"byline\">by ").append(post.author()).append("</p>\n")
                .append("<p>").append(post.body()).append("</p>\n")
                .append("</article>\n");

        html.append("<section id=\"comments\">\n<h2>").append(comments.size()).append(" comments</h2>\n");
        for (Comment comment : comments) {
            html.append("<article class=\"comment\" id=\"comment-").append(comment.id()).append("\">\n<header>");
            if (comment.website().isEmpty()) {
                html.append("<span class=\"author\">").append(comment.author()).append("</span>");
            } else {
                html.append("<a class=\"author\" href=\"").append(comment.website()).append("\" rel=\"nofollow ugc\">")
                        .append(comment.author()).append("</a>");
            }
            html.append(" on <time>").append(comment.date()).append("</time></header>\n")
                    .append("<p class=\"text\">").append(withoutScripts(comment.text())).append("</p>\n")
                    .append("<button type=\"button\" class=\"reply\" data-reply-to=\"").append(comment.author())
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

    /** Script tags in any letter case are removed, so the text cannot start a script. */
    private static String withoutScripts(String text) {
        return text.replaceAll("(?i)</?script[^>]*>", "");
    }
}
