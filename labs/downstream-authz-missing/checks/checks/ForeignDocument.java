package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.check.Call;
import dev.fixpoint.lab.check.Canary;
import dev.fixpoint.lab.check.Client;
import dev.fixpoint.lab.check.Reply;
import dev.fixpoint.lab.check.User;

/**
 * Alice keeps a private document; Bob, another user with a document of his own, sends one request that tries to read
 * it. Params: {@code request}, "METHOD target", where {@code {foreign}} is Alice's document id, {@code {own}} Bob's,
 * {@code {owner}} Alice's user name and {@code {word}} a word in both documents' titles; {@code via}: {@code gateway}
 * (Bob's bearer token, through the public gateway; the default) or {@code backend} (straight to the internal records
 * service, naming Bob as the authenticated user, as a gateway route that forgot its check would).
 */
public class ForeignDocument implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Docs docs = new Docs(context);
        Canary secret = Canary.of(context, "alice-contract");
        String word = context.randomName("project");
        User alice = docs.signUp("alice");
        long foreign = docs.create(alice, "Contract " + word, secret.value() + ": salary and notice period, not for circulation.");
        User bob = docs.signUp("bob");
        long own = docs.create(bob, "Notes " + word, "Meeting notes, nothing confidential.");

        String[] request = context.payload("request").replace("{foreign}", Long.toString(foreign)).replace("{own}", Long.toString(own))
                .replace("{owner}", alice.name()).replace("{word}", word).split(" ", 2);
        boolean direct = context.params().getOrDefault("via", "gateway").equals("backend");
        Call call = direct
                ? Client.of(context, "records").call(request[0], request[1]).header("X-Authenticated-User", bob.name())
                : docs.as(bob).call(request[0], request[1]);
        Reply reply = call.send();
        String where = direct ? "the records service, asked for Bob," : "Bob, through the gateway,";
        return CheckResult.passIf(!secret.foundIn(reply),
                "Alice's private document stayed private (status " + reply.status() + ").",
                "With " + request[0] + " " + request[1] + ", " + where + " got Alice's private document " + foreign
                        + " (Bob's own is " + own + ").");
    }
}
