package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;

/** A name with quotes, an ampersand and a < shows as typed, and a plain http website still links. */
public class NameWithPunctuation implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        String author = "Ann O'Brien & \"Sons\" <3 " + context.randomName("team");
        String website = "http://" + context.randomName("obrien") + ".test/";
        Blog.comment(context, author, website, "Thanks, this saved our release.");
        return CheckResult.passIf(Blog.linksTo(Blog.page(context), author, website),
                "A name with punctuation shows as typed and links to its http website.",
                "The name " + author + " should show exactly as typed, as a link to " + website + ".");
    }
}
