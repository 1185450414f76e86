package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.check.Client;
import dev.fixpoint.lab.check.Reply;

import java.util.ArrayList;
import java.util.List;

/**
 * Every help article still shows: as a page (/help/TOPIC, its title and summary) or in the in-app panel
 * (/help/widget?topic=TOPIC&section=summary|steps, that section alone). Param {@code route}: page, summary or steps.
 */
public final class HelpArticles implements Check {

    /** Topic, title, a sentence of its summary, its first step. */
    private static final String[][] ARTICLES = {
            {"getting-started", "Getting started", "send your first invoice in ten minutes", "fill in your company details"},
            {"billing", "Billing and refunds", "invoiced on the first working day of each month", "see every invoice we sent you"},
            {"two-factor", "Two-factor sign-in", "one-time code from an authenticator app", "Open Profile, then Security"},
            {"api-v2", "The API, version 2", "authenticates with a personal token", "Create a token under Profile"},
            {"vat-2025", "VAT rates from 2025", "use the new reduced VAT rates", "Check your country under Settings"},
    };

    @Override
    public CheckResult run(CheckContext context) {
        Client help = Client.of(context, "help");
        String route = context.param("route");
        List<String> broken = new ArrayList<>();
        for (String[] article : ARTICLES) {
            String topic = article[0];
            Reply reply;
            List<String> expected;
            List<String> unexpected;
            switch (route) {
                case "page" -> {
                    reply = help.get("/help/{}", topic).send();
                    expected = List.of(article[1], article[2], article[3]);
                    unexpected = List.of();
                }
                case "summary" -> {
                    reply = help.get("/help/widget").query("topic", topic).query("section", "summary").send();
                    expected = List.of(article[2]);
                    unexpected = List.of(article[3], "<footer");
                }
                case "steps" -> {
                    reply = help.get("/help/widget").query("topic", topic).query("section", "steps").send();
                    expected = List.of(article[3]);
                    unexpected = List.of(article[2], "<footer");
                }
                default -> throw new IllegalArgumentException("route must be page, summary or steps, not " + route);
            }
            String what = route.equals("page") ? "the " + topic + " article" : "the " + route + " of " + topic + " in the help panel";
            if (reply.status() != 200) {
                broken.add(what + " answered " + reply.status());
            } else if (!expected.stream().allMatch(reply::contains)) {
                broken.add(what + " lacks its text");
            } else if (!unexpected.stream().noneMatch(reply::contains)) {
                broken.add(what + " shows more than that section");
            }
        }
        return CheckResult.passIf(broken.isEmpty(), "every article shows (" + route + ")", String.join("; ", broken));
    }
}
