package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.SetupFailedException;
import dev.fixpoint.lab.check.Canary;
import dev.fixpoint.lab.check.Client;
import dev.fixpoint.lab.check.Reply;
import dev.fixpoint.lab.check.Session;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Alice sends Bob's order id with the {@code method} param; then Bob reads his order: it must be there, and Alice's answer
 * must not hold it. The {@code id} param is Bob's order, whose item is the secret named by {@code item}.
 */
public class ForeignOrder implements Check {

    static Session basic(String user, String password) {
        return Session.header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public CheckResult run(CheckContext context) throws SetupFailedException {
        Client shop = Client.of(context, "shop");
        String method = context.param("method");
        String id = context.param("id");
        Canary bobsItem = new Canary(context.secret(context.param("item")));
        Client bob = shop.as(basic("bob", "bob-pass"));
        if (!bobsItem.foundIn(bob.get("/orders/{}", id).expect("Bob reading his order " + id, 200))) {
            throw new SetupFailedException("Bob's order " + id + " does not hold his item");
        }
        Reply attack = shop.as(basic("alice", "alice-pass")).call(method, "/orders/{}", id).send();
        if (bobsItem.foundIn(attack)) {
            return CheckResult.fail(method + " /orders/" + id + " as Alice answered with Bob's order.");
        }
        boolean stillThere = bobsItem.foundIn(bob.get("/orders/{}", id).send());
        return CheckResult.passIf(stillThere, method + " /orders/" + id + " as Alice left Bob's order alone (status " + attack.status() + ").",
                method + " /orders/" + id + " as Alice cancelled Bob's order.");
    }
}
