package checks;

import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.Request;
import dev.fixpoint.lab.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Posting comments through the blog's form and reading the post page back, as a browser would. */
final class Blog {

    static final String POST = "/posts/1";

    private Blog() {
    }

    /** Submits the comment form under post 1 and returns the blog's answer. */
    static Response comment(CheckContext context, String author, String website, String text) {
        String form = "author=" + encode(author) + "&website=" + encode(website) + "&text=" + encode(text);
        return context.send("blog", Request.post(POST + "/comments", "application/x-www-form-urlencoded", form));
    }

    /** Fetches post 1 and parses it as a browser would; null when the page is not served. */
    static Document page(CheckContext context) {
        Response response = context.send("blog", Request.get(POST));
        return response.status() == 200 ? Jsoup.parse(response.body()) : null;
    }

    /** Whether some element of the page shows exactly {@code text} as its text. */
    static boolean showsText(Document page, String text) {
        for (Element element : page.getAllElements()) {
            if (element.text().equals(text)) {
                return true;
            }
        }
        return false;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
