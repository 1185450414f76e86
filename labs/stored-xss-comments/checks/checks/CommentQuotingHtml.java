package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;

/**
 * A comment that quotes HTML as code, a tag and an entity, shows exactly as typed: comments are plain text, so a
 * sanitizer that drops the tag or decodes the entity breaks them. The starter fails too: it renders the tag.
 */
public class CommentQuotingHtml implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        String text = "Wrap the list in <div class=\"" + context.randomName("note") + "\"> and write &lt; for <, "
                + "or <b>bold</b> breaks the page";
        Blog.comment(context, context.randomName("reader"), "", text);
        return CheckResult.passIf(Blog.showsText(Blog.page(context), text),
                "A comment quoting HTML tags and entities shows exactly as typed.",
                "The comment does not appear exactly as typed: tags and entities quoted in a comment are text, to be "
                        + "shown, not rendered, removed or decoded. Expected the text: " + text);
    }
}
