package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import org.jsoup.nodes.Document;

/** A name with quotes, an ampersand and a < shows as typed, and a plain http website still links. */
public class NameWithPunctuation implements Check {

    @Override
    public CheckResult run(CheckContext context) {
        String author = "Ann O'Brien & \"Sons\" <3 " + context.randomName("team");
        String website = "http://" + context.randomName("obrien") + ".test/";
        int status = Blog.comment(context, author, website, "Thanks, this saved our release.").status();
        if (status >= 400) {
            return CheckResult.fail("Posting a comment was refused with status " + status + ".");
        }
        Document page = Blog.page(context);
        if (page == null) {
            return CheckResult.fail("The post page was not served.");
        }
        return CheckResult.passIf(WebsiteLinkWorks.linksTo(page, author, website),
                "A name with punctuation shows as typed and links to its http website.",
                "The name " + author + " should show exactly as typed, as a link to " + website + ".");
    }
}
