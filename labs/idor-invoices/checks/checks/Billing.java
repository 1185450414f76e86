package checks;

import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.Json;
import dev.fixpoint.lab.SetupFailedException;
import dev.fixpoint.lab.check.Accounts;
import dev.fixpoint.lab.check.Client;
import dev.fixpoint.lab.check.Reply;
import dev.fixpoint.lab.check.User;

/** The invoicing API as the checks use it: its users, and the invoices they create and read. */
final class Billing {

    private final CheckContext context;
    private final Client client;
    private final Accounts accounts;

    Billing(CheckContext context) {
        this.context = context;
        this.client = Client.of(context, "billing");
        this.accounts = Accounts.of(client, "/signup", "/login");
    }

    /** A new customer with a random name, logged in. */
    User signUp(String prefix) throws SetupFailedException {
        return accounts.signUp(prefix);
    }

    /** The firm's accountant, who may read every invoice, logged in. */
    User accountant() throws SetupFailedException {
        return accounts.logIn("accountant", context.secret("accountant-password"));
    }

    /** The API as {@code user}. */
    Client as(User user) {
        return client.as(user.session());
    }

    /** Creates an invoice for {@code user}; its id. */
    long createInvoice(User user, String customer, String description, String amount) throws SetupFailedException {
        String step = "creating an invoice for " + user.name();
        return as(user).post("/invoices").json("customer", customer, "description", description, "amount", amount)
                .expect(step, 201).need(step, "id").integer()
                .orElseThrow(() -> new SetupFailedException(step + ": the id is not a whole number"));
    }

    /** The invoice {@code user} reads at /invoices/{id}; {@link Json#MISSING} unless that is a 200 with this invoice. */
    Json readInvoice(User user, long id) {
        Reply reply = as(user).get("/invoices/{}", id).send();
        return reply.status() == 200 && reply.json().get("id").integer().orElse(-1L) == id ? reply.json() : Json.MISSING;
    }
}
