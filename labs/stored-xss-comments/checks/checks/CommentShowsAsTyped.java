package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import org.jsoup.nodes.Document;

/** A comment with comparison signs, ampersands, both quotes and non-ASCII letters shows exactly as typed. */
public class CommentShowsAsTyped implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        String author = context.randomName("reader");
        String text = "If a < b && b > 2, say \"hi\" - it's <3 for caf\u00e9 & na\u00efve \u65e5\u672c\u8a9e fans "
                + context.randomName("note");
        Blog.comment(context, author, "", text);
        Document page = Blog.page(context);
        if (!Blog.showsText(page, author)) {
            return CheckResult.fail("The comment's author name does not appear on the post page.");
        }
        return CheckResult.passIf(Blog.showsText(page, text),
                "The comment appears exactly as typed.",
                "The comment does not appear exactly as typed: <, >, &, quotes and non-ASCII letters must show as the "
                        + "reader typed them (not removed, not double-escaped). Expected the text: " + text);
    }
}
