package checks;

import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.SetupFailedException;
import dev.fixpoint.lab.check.Accounts;
import dev.fixpoint.lab.check.Call;
import dev.fixpoint.lab.check.Client;
import dev.fixpoint.lab.check.User;

/** Users of the public gateway, their orders, and requests sent straight to the internal orders service. */
final class Api {

    private final Client gateway;
    private final Accounts accounts;
    /** The internal orders service, reached straight, as anyone inside the network can. */
    final Client orders;

    Api(CheckContext context) {
        gateway = Client.of(context, "gateway");
        accounts = Accounts.of(gateway, "/signup", "/login");
        orders = Client.of(context, "orders");
    }

    /** A new user of the gateway with a random name (their user id), logged in. */
    User signUp(String prefix) throws SetupFailedException {
        return accounts.signUp(prefix);
    }

    /** The gateway, as {@code user}. */
    Client gateway(User user) {
        return gateway.as(user.session());
    }

    /** Places an order through the gateway; its id. */
    long createOrder(User user, String item, String note) throws SetupFailedException {
        String step = "placing an order for " + user.name() + " through the gateway";
        return order(gateway(user).post("/api/orders"), item, note).expect(step, 201).need(step, "id").integer()
                .orElseThrow(() -> new SetupFailedException(step + ": the id is not a whole number"));
    }

    /** {@code call} with an order of one {@code item} as its body. */
    static Call order(Call call, String item, String note) {
        return call.json("item", item, "quantity", 1, "note", note);
    }
}
