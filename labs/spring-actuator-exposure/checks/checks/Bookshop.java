package checks;

import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.check.Client;
import dev.fixpoint.lab.check.Session;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The service as the checks use it: anonymous callers, the demo customer of the briefing and the operations team. */
final class Bookshop {

    static final String CUSTOMER = "dana";
    static final String CUSTOMER_PASSWORD = "dana-reads-a-lot";

    private final CheckContext context;
    private final Client client;

    Bookshop(CheckContext context) {
        this.context = context;
        this.client = Client.of(context, "shop");
    }

    static Session basic(String user, String password) {
        return Session.header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    /** Nobody's credentials. */
    Client anonymous() {
        return client;
    }

    /** Dana, the demo customer (role CUSTOMER). */
    Client customer() {
        return client.as(basic(CUSTOMER, CUSTOMER_PASSWORD));
    }

    /** The operations team's monitoring account (role OPS). */
    Client ops() {
        return client.as(basic("ops", context.secret("ops-password")));
    }

    /** The client of {@code caller}: "anonymous-caller" or "demo-customer" (a check's param). */
    Client as(String caller) {
        return switch (caller) {
            case "anonymous-caller" -> anonymous();
            case "demo-customer" -> customer();
            default -> throw new IllegalArgumentException("check parameter 'caller' must be anonymous-caller or demo-customer, not " + caller);
        };
    }

    /** Who {@code caller} is, for messages. */
    static String describe(String caller) {
        return caller.equals("anonymous-caller") ? "A caller without credentials" : "Dana, a customer,";
    }
}
