package checks;

import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.SetupFailedException;
import dev.fixpoint.lab.check.Accounts;
import dev.fixpoint.lab.check.Client;
import dev.fixpoint.lab.check.User;

/** Users of the public gateway and their documents. */
final class Docs {

    private final Client gateway;
    private final Accounts accounts;

    Docs(CheckContext context) {
        gateway = Client.of(context, "gateway");
        accounts = Accounts.of(gateway, "/signup", "/login");
    }

    /** A new user with a random name, logged in. */
    User signUp(String prefix) throws SetupFailedException {
        return accounts.signUp(prefix);
    }

    /** The gateway, as {@code user}. */
    Client as(User user) {
        return gateway.as(user.session());
    }

    /** Creates a document through the gateway; its id. */
    long create(User owner, String title, String body) throws SetupFailedException {
        String step = "creating a document for " + owner.name();
        return as(owner).post("/api/documents").json("title", title, "body", body).expect(step, 201).need(step, "id").integer()
                .orElseThrow(() -> new SetupFailedException(step + ": the id is not a whole number"));
    }

    /** The owner shares a document with another user through the gateway. */
    void share(User owner, long id, User with) throws SetupFailedException {
        as(owner).post("/api/documents/{}/shares", id).json("with", with.name())
                .expect("sharing document " + id + " of " + owner.name() + " with " + with.name(), 200, 201);
    }
}
