package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;

/** A commenter's https website is still a link, to exactly that address, on the author's name. */
public class WebsiteLinkWorks implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        String author = context.randomName("reader");
        String website = "https://www." + context.randomName("site") + ".test/about?tab=posts&lang=en";
        Blog.comment(context, author, website, "Good points, I wrote about this too.");
        return CheckResult.passIf(Blog.linksTo(Blog.page(context), author, website),
                "The author's name links to their https website.",
                "The author's name should be a link (<a href>) to exactly " + website + ".");
    }
}
