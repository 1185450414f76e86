package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.check.Call;
import dev.fixpoint.lab.check.Client;
import dev.fixpoint.lab.check.Reply;

import java.math.BigDecimal;
import java.util.List;

/**
 * The {@code caller} (param) sends every method that takes an id to a report they may not read (filed by
 * {@code owner}, param) and to an id that does not exist: status and body must be the same (apart from a timestamp
 * and the id itself), or the difference tells the caller which ids are other people's reports.
 */
public class ForeignReportLooksMissing implements Check {

    private static final List<String> METHODS = List.of("GET", "PUT", "DELETE");

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Expenses expenses = new Expenses(context);
        String caller = context.param("caller");
        String owner = context.param("owner");
        long foreign = expenses.file(owner, "Taxi " + context.randomName("ride"), context.randomName("note"), "38.20");
        // Far above every id this run creates, and different in every run.
        long missing = foreign + 1_000_000 + context.random().nextInt(1_000_000);

        Client client = expenses.as(caller);
        for (String method : METHODS) {
            String note = context.randomName("probe");
            Reply toForeign = send(client.call(method, "/reports/{}", foreign), method, note);
            Reply toMissing = send(client.call(method, "/reports/{}", missing), method, note);
            if (toForeign.status() != toMissing.status()
                    || !normalised(toForeign.body(), foreign).equals(normalised(toMissing.body(), missing))) {
                return CheckResult.fail(method + " /reports/" + foreign + " (" + owner + "'s) with " + caller + "'s credentials answered "
                        + toForeign.status() + ", but " + toMissing.status() + " (or another body) for a report that does not exist:"
                        + " the difference tells " + caller + " the report is someone else's. Answer exactly as for a missing id.");
            }
        }
        return CheckResult.pass("A report " + caller + " may not read looks exactly like a missing one, whatever the method.");
    }

    private static Reply send(Call call, String method, String note) {
        return method.equals("PUT") ? call.json("title", "Probe", "amount", new BigDecimal("1.00"), "note", note).send() : call.send();
    }

    /** The body without what differs between any two requests: a timestamp, and the id that was asked for. */
    private static String normalised(String body, long id) {
        return body.replaceAll("\"timestamp\"\\s*:\\s*(\"[^\"]*\"|[0-9.]+)", "\"timestamp\":0").replace(Long.toString(id), "{id}");
    }
}
