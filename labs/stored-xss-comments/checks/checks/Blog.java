package checks;

import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.SetupFailedException;
import dev.fixpoint.lab.check.Client;
import dev.fixpoint.lab.check.Reply;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Posting comments through the blog's form and reading the post page back, as a browser would. */
final class Blog {

    static final String POST = "/posts/1";

    private Blog() {
    }

    /**
     * Submits the comment form under post 1; the blog stores it and sends the reader back to the post.
     *
     * @throws SetupFailedException when the blog does not take the comment
     */
    static void comment(CheckContext context, String author, String website, String text) throws SetupFailedException {
        Client.of(context, "blog").post(POST + "/comments").form("author", author, "website", website, "text", text)
                .expect("posting a comment", 303);
    }

    /** Post 1 as the blog serves it. */
    static Reply post(CheckContext context) {
        return Client.of(context, "blog").get(POST).send();
    }

    /**
     * Post 1 parsed as a browser would.
     *
     * @throws SetupFailedException when the page is not served
     */
    static Document page(CheckContext context) throws SetupFailedException {
        return Jsoup.parse(post(context).expect("reading the post page", 200).body());
    }

    /** Whether some element of the page shows exactly {@code text} as its text. */
    static boolean showsText(Document page, String text) {
        return page.getAllElements().stream().anyMatch(element -> element.text().equals(text));
    }

    /** Whether the page has a link showing exactly {@code author} that goes to exactly {@code website}. */
    static boolean linksTo(Document page, String author, String website) {
        return page.select("a[href]").stream().anyMatch(link -> link.attr("href").equals(website) && link.text().equals(author));
    }
}
