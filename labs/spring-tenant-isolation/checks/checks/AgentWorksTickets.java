package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.check.Canary;
import dev.fixpoint.lab.check.Reply;

import java.util.Locale;

/**
 * An agent ({@code agent}) working with their own tenant's tickets: {@code use} tickets (open, list, read), text-search (by a
 * word of the subject in other capitals, by a word of the body, and with no text at all), csv-report (their own report).
 */
public class AgentWorksTickets implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Helpdesk desk = new Helpdesk(context);
        String agent = context.param("agent");
        Canary subject = Canary.of(context, "printer");
        Canary body = Canary.of(context, "toner");
        long id = desk.open(agent, "Office " + subject + " jammed", "Tried a new " + body + " cartridge.");
        switch (context.param("use")) {
            case "tickets" -> {
                Reply list = desk.as(agent).get("/api/tickets").send();
                Reply one = desk.as(agent).get("/api/tickets/{}", id).send();
                return CheckResult.passIf(list.status() == 200 && subject.foundIn(list) && one.status() == 200 && body.foundIn(one),
                        agent + " lists and reads their own tickets", agent + " could not list or read the ticket they opened");
            }
            case "text-search" -> {
                Reply bySubject = desk.search(agent, subject.value().toUpperCase(Locale.ROOT));
                Reply byBody = desk.search(agent, body.value());
                Reply all = desk.search(agent, "");
                if (!subject.foundIn(bySubject)) {
                    return CheckResult.fail(agent + " searched for a word of their ticket's subject in capitals and did not find it");
                }
                if (!subject.foundIn(byBody)) {
                    return CheckResult.fail(agent + " searched for a word of their ticket's text and did not find it");
                }
                return CheckResult.passIf(subject.foundIn(all), agent + " finds their own tickets by subject, text and with no search text",
                        agent + " searched with no text and did not get their latest ticket");
            }
            case "csv-report" -> {
                Reply report = desk.report(agent);
                return CheckResult.passIf(report.status() == 200 && "done".equals(report.json().get("status").text(""))
                                && subject.foundIn(report), agent + "'s report lists their tenant's tickets",
                        agent + "'s report did not finish with their own ticket in it (status " + report.status() + ", "
                                + report.json().get("status").text("no status") + ")");
            }
            default -> throw new IllegalArgumentException("unknown use");
        }
    }
}
