package checks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.Request;
import dev.fixpoint.lab.Response;

import java.util.HashSet;
import java.util.Set;

/** Alice places two orders through the gateway, lists them and reads one by id. */
public class UserOrdersThroughGateway implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Api api = new Api(context);
        Api.Account alice = api.newUser("alice");
        String firstNote = context.randomName("gift-wrap");
        long first = api.createOrder(alice, "Espresso machine", firstNote);
        long second = api.createOrder(alice, "Milk frother", context.randomName("leave-at-door"));

        Response list = api.gateway(alice, Request.get("/api/orders"));
        if (list.status() != 200) {
            return CheckResult.fail("GET /api/orders through the gateway answered " + list.status() + ".");
        }
        Set<Long> ids = new HashSet<>();
        for (JsonNode order : Api.json(list)) {
            ids.add(order.path("id").asLong());
        }
        if (!ids.equals(Set.of(first, second))) {
            return CheckResult.fail("GET /api/orders should list exactly Alice's orders " + first + " and " + second + ", not " + ids + ".");
        }
        Response one = api.gateway(alice, Request.get("/api/orders/" + first));
        return CheckResult.passIf(one.status() == 200 && firstNote.equals(Api.json(one).path("note").asText()),
                "Alice places, lists and reads her orders through the gateway.",
                "GET /api/orders/" + first + " did not return Alice's order (status " + one.status() + ").");
    }
}
