package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** A commenter's https website is still a link, to exactly that address, on the author's name. */
public class WebsiteLinkWorks implements Check {

    @Override
    public CheckResult run(CheckContext context) {
        String author = context.randomName("reader");
        String website = "https://www." + context.randomName("site") + ".test/about?tab=posts&lang=en";
        int status = Blog.comment(context, author, website, "Good points, I wrote about this too.").status();
        if (status >= 400) {
            return CheckResult.fail("Posting a comment with a website was refused with status " + status + ".");
        }
        Document page = Blog.page(context);
        if (page == null) {
            return CheckResult.fail("The post page was not served.");
        }
        return CheckResult.passIf(linksTo(page, author, website),
                "The author's name links to their https website.",
                "The author's name should be a link (<a href>) to exactly " + website + ".");
    }

    static boolean linksTo(Document page, String author, String website) {
        for (Element link : page.select("a[href]")) {
            if (link.attr("href").equals(website) && link.text().equals(author)) {
                return true;
            }
        }
        return false;
    }
}
