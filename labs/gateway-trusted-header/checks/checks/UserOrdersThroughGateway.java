package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.Json;
import dev.fixpoint.lab.check.Client;
import dev.fixpoint.lab.check.Reply;
import dev.fixpoint.lab.check.User;

import java.util.HashSet;
import java.util.Set;

/** Alice places two orders through the gateway, lists them and reads one by id. */
public class UserOrdersThroughGateway implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Api api = new Api(context);
        User alice = api.signUp("alice");
        String firstNote = context.randomName("gift-wrap");
        long first = api.createOrder(alice, "Espresso machine", firstNote);
        long second = api.createOrder(alice, "Milk frother", context.randomName("leave-at-door"));
        Client asAlice = api.gateway(alice);

        Reply list = asAlice.get("/api/orders").send();
        if (list.status() != 200) {
            return CheckResult.fail("GET /api/orders through the gateway answered " + list.status() + ".");
        }
        Set<Long> ids = new HashSet<>();
        for (Json order : list.json().items()) {
            ids.add(order.get("id").integer().orElse(-1L));
        }
        if (!ids.equals(Set.of(first, second))) {
            return CheckResult.fail("GET /api/orders should list exactly Alice's orders " + first + " and " + second + ", not " + ids + ".");
        }
        Reply one = asAlice.get("/api/orders/{}", first).send();
        return CheckResult.passIf(one.status() == 200 && firstNote.equals(one.json().get("note").text("")),
                "Alice places, lists and reads her orders through the gateway.",
                "GET /api/orders/" + first + " did not return Alice's order (status " + one.status() + ").");
    }
}
