package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.Json;
import dev.fixpoint.lab.check.Client;
import dev.fixpoint.lab.check.Reply;

/**
 * Posts a link to a public page and expects its preview: the page's title and summary, which both name a
 * random {@code {slug}} placed in the URL, so they can only come from the page. A {@code {port}} in the URL is a
 * random port above 1024, different in every run: public sites run on any port.
 */
public class PreviewShowsTitle implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        String slug = context.randomName("story");
        String url = context.payload("url").replace("{slug}", slug)
                .replace("{port}", Integer.toString(1025 + context.random().nextInt(65535 - 1025)));
        Reply reply = Client.of(context, "previews").post("/previews").json("url", url).send();
        Json card = reply.json();
        if (reply.status() != 200 || card.kind() != Json.Kind.OBJECT) {
            return CheckResult.fail("No preview for the public page " + url + ": status " + reply.status() + ", " + reply.body());
        }
        String title = card.get("title").text("");
        String snippet = card.get("snippet").text("");
        return CheckResult.passIf(title.contains(slug) && snippet.contains(slug),
                "The preview of " + url + " shows the page's title and summary.",
                "The preview of " + url + " should show the page's title and summary, got title '" + title + "' and snippet '"
                        + snippet + "'.");
    }
}
