package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.Response;

/**
 * A half-kilobyte document whose nested entities expand to about 300,000 characters (a small "billion laughs").
 * The JDK's default limits stop it at 100,000; a parser without DTDs refuses it outright. The check fails when
 * the answer carries more than 150,000 characters of expanded text, or no answer comes in time.
 */
public class EntityExpansion implements Check {

    @Override
    public CheckResult run(CheckContext context) {
        String word = context.randomName("lol");
        String doc = "<!DOCTYPE contacts [\n"
                + "  <!ENTITY l0 \"" + (word + " ").repeat(25) + "\">\n"
                + "  <!ENTITY l1 \"" + "&l0;".repeat(10) + "\">\n"
                + "  <!ENTITY l2 \"" + "&l1;".repeat(10) + "\">\n"
                + "  <!ENTITY l3 \"" + "&l2;".repeat(10) + "\">\n"
                + "]>\n"
                + "<contacts><contact id=\"CRM-9\"><name>Lol</name><email>lol@example.com</email><notes>&l3;</notes></contact></contacts>";
        Response response = Crm.importXml(context, doc);
        long expanded = 0;
        for (int at = response.body().indexOf(word); at >= 0; at = response.body().indexOf(word, at + word.length())) {
            expanded += word.length() + 1;
        }
        return CheckResult.passIf(expanded <= 150_000,
                "The entities were not expanded without bound (status " + response.status() + ").",
                "A " + doc.length() + "-character document expanded into " + (response.truncated() ? "more than " : "")
                        + expanded + " characters of text.");
    }
}
