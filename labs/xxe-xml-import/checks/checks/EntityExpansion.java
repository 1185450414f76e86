package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.check.Reply;

/**
 * A half-kilobyte document whose nested entities expand to about 300,000 characters (a small "billion laughs").
 * The JDK's default limits stop it at 100,000; a parser without DTDs refuses it outright. The check fails when
 * the answer carries more than 150,000 characters of expanded text, or no answer comes in time.
 */
public class EntityExpansion implements Check {

    @Override
    public CheckResult run(CheckContext context) {
        String word = context.randomName("lol");
        // Entity names differ per run too, so that a filter for this very document's names does not pass for a fix.
        String entity = context.randomName("e");
        String doc = "<!DOCTYPE contacts [\n"
                + "  <!ENTITY " + entity + "0 \"" + (word + " ").repeat(25) + "\">\n"
                + "  <!ENTITY " + entity + "1 \"" + ("&" + entity + "0;").repeat(10) + "\">\n"
                + "  <!ENTITY " + entity + "2 \"" + ("&" + entity + "1;").repeat(10) + "\">\n"
                + "  <!ENTITY " + entity + "3 \"" + ("&" + entity + "2;").repeat(10) + "\">\n"
                + "]>\n"
                + "<contacts><contact id=\"CRM-9\"><name>Lol</name><email>lol@example.com</email><notes>&" + entity + "3;</notes></contact></contacts>";
        Reply reply = new Crm(context).importXml(doc);
        long expanded = 0;
        for (int at = reply.body().indexOf(word); at >= 0; at = reply.body().indexOf(word, at + word.length())) {
            expanded += word.length() + 1;
        }
        return CheckResult.passIf(expanded <= 150_000,
                "The entities were not expanded without bound (status " + reply.status() + ").",
                "A " + doc.length() + "-character document expanded into " + (reply.response().truncated() ? "more than " : "")
                        + expanded + " characters of text.");
    }
}
