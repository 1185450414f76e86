package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.check.Reply;
import org.jsoup.Jsoup;

/**
 * Leaves a comment with a script payload in one field (text, author or website) and checks that the post page
 * does not run it for the next reader. {@code {marker}} in the payload becomes a random value for this run, the one
 * the page is searched for; {@code {random}} parts (names, attribute values, the function called) vary per run too.
 * An optional {@code website} param gives the commenter a website when the attack is in another field.
 */
public class StoredScript implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        String marker = context.randomName("xss");
        String payload = context.payload("payload").replace("{marker}", marker);
        String field = context.param("field");
        String author = field.equals("author") ? payload : context.randomName("reader");
        // A name attack may come with a website, so that the name is rendered as a link's text instead of a plain name.
        String website = field.equals("website") ? payload
                : context.params().containsKey("website") ? context.payload("website") : "";
        String text = field.equals("text") ? payload : "Nice post!";
        Blog.comment(context, author, website, text);
        // The page is the code under test: one that breaks for this comment fails the check, it is not a set-up step.
        Reply page = Blog.post(context);
        if (page.status() != 200) {
            return CheckResult.fail("The post page was not served after the comment was posted (status " + page.status() + ").");
        }
        String found = ScriptFinder.find(Jsoup.parse(page.body()), marker);
        return CheckResult.passIf(found == null,
                "The comment's " + field + " is shown as inert text: no script from it runs.",
                "The post page runs the script from the comment's " + field + " for every reader: found " + found + ".");
    }
}
