package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.check.Canary;
import dev.fixpoint.lab.check.Reply;
import dev.fixpoint.lab.check.User;

import java.util.LinkedHashMap;
import java.util.Map;

/** Alice creates two documents, then reads, previews, exports, lists and searches them through the gateway. */
public class OwnersUseTheirDocuments implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Docs docs = new Docs(context);
        Canary first = Canary.of(context, "plan");
        Canary second = Canary.of(context, "budget");
        String word = context.randomName("project");
        User alice = docs.signUp("alice");
        long a = docs.create(alice, "Plan " + word, first.value() + " milestones for the quarter");
        long b = docs.create(alice, "Budget " + word, second.value() + " costs, by month");

        Map<String, Reply> uses = new LinkedHashMap<>();
        uses.put("reading her document " + a, docs.as(alice).get("/api/documents/{}", a).send());
        uses.put("previewing her document " + a, docs.as(alice).get("/api/documents/{}/preview", a).send());
        uses.put("exporting her documents " + a + " and " + b, docs.as(alice).get("/api/export").query("ids", a + "," + b).send());
        uses.put("listing her documents", docs.as(alice).get("/api/documents").send());
        uses.put("searching her documents for a word in both titles", docs.as(alice).get("/api/documents").query("q", word).send());
        for (Map.Entry<String, Reply> use : uses.entrySet()) {
            Reply reply = use.getValue();
            boolean both = !use.getKey().startsWith("reading") && !use.getKey().startsWith("previewing");
            if (reply.status() != 200 || !first.foundIn(reply) || both && !second.foundIn(reply)) {
                return CheckResult.fail("Alice " + use.getKey() + " answered " + reply.status() + " without "
                        + (both ? "both documents" : "its contents") + ".");
            }
        }
        return CheckResult.pass("Alice read, previewed, exported, listed and searched her own documents.");
    }
}
