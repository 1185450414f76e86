package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import org.jsoup.nodes.Document;

/**
 * A comment that quotes HTML as code, a tag and an entity, shows exactly as typed: comments are plain text, so a
 * sanitizer that drops the tag or decodes the entity breaks them. The starter fails too: it renders the tag.
 */
public class CommentQuotingHtml implements Check {

    @Override
    public CheckResult run(CheckContext context) {
        String author = context.randomName("reader");
        String text = "Wrap the list in <div class=\"" + context.randomName("note") + "\"> and write &lt; for <, "
                + "or <b>bold</b> breaks the page";
        int status = Blog.comment(context, author, "", text).status();
        if (status >= 400) {
            return CheckResult.fail("Posting a comment was refused with status " + status + ".");
        }
        Document page = Blog.page(context);
        if (page == null) {
            return CheckResult.fail("The post page was not served.");
        }
        return CheckResult.passIf(Blog.showsText(page, text),
                "A comment quoting HTML tags and entities shows exactly as typed.",
                "The comment does not appear exactly as typed: tags and entities quoted in a comment are text, to be "
                        + "shown, not rendered, removed or decoded. Expected the text: " + text);
    }
}
