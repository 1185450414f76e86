package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.check.Canary;
import dev.fixpoint.lab.check.Reply;
import dev.fixpoint.lab.check.User;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Alice shares one document with Bob. Bob reads and previews it, exports it together with a document of his own, and
 * finds it among Alice's documents with a search.
 */
public class SharedDocumentsStayVisible implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Docs docs = new Docs(context);
        Canary shared = Canary.of(context, "shared-agenda");
        Canary mine = Canary.of(context, "bob-draft");
        String word = context.randomName("offsite");
        User alice = docs.signUp("alice");
        User bob = docs.signUp("bob");
        long agenda = docs.create(alice, "Agenda " + word, shared.value() + " for the team offsite");
        docs.share(alice, agenda, bob);
        long draft = docs.create(bob, "Draft " + word, mine.value() + " talk for the offsite");

        Map<String, Reply> uses = new LinkedHashMap<>();
        uses.put("reading the document Alice shared with him", docs.as(bob).get("/api/documents/{}", agenda).send());
        uses.put("previewing it", docs.as(bob).get("/api/documents/{}/preview", agenda).send());
        uses.put("exporting it with his own draft", docs.as(bob).get("/api/export").query("ids", draft + "," + agenda).send());
        uses.put("searching Alice's documents for it", docs.as(bob).get("/api/documents").query("owner", alice.name()).query("q", word).send());
        for (Map.Entry<String, Reply> use : uses.entrySet()) {
            Reply reply = use.getValue();
            if (reply.status() != 200 || !shared.foundIn(reply)) {
                return CheckResult.fail("Bob " + use.getKey() + " answered " + reply.status() + " without the shared document.");
            }
        }
        Reply export = uses.get("exporting it with his own draft");
        return CheckResult.passIf(mine.foundIn(export),
                "Bob read, previewed, exported and found the document Alice shared with him.",
                "Bob's export of his own draft and the shared document left out his draft.");
    }
}
