package checks;

import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.Json;
import dev.fixpoint.lab.SetupFailedException;
import dev.fixpoint.lab.check.Accounts;
import dev.fixpoint.lab.check.Canary;
import dev.fixpoint.lab.check.Client;
import dev.fixpoint.lab.check.Reply;
import dev.fixpoint.lab.check.User;

/** The public API as the checks use it: workspaces, their users, invoices and exports, sent as the web app sends them. */
final class Saas {

    /** A workspace and its first user, its admin. */
    record Workspace(String tenantId, User admin) {
    }

    private final CheckContext context;
    private final Client api;
    private final Accounts accounts;

    Saas(CheckContext context) {
        this.context = context;
        api = Client.of(context, "api");
        accounts = Accounts.of(api, null, "/login");
    }

    /** A new workspace with a random name that starts with {@code prefix}, and its admin, logged in. */
    Workspace signUp(String prefix) throws SetupFailedException {
        return signUp(prefix, context.randomName(prefix));
    }

    /** A new workspace whose name is eight digits, as some companies name theirs after their registration number. */
    Workspace signUpNumbered(String prefix) throws SetupFailedException {
        StringBuilder digits = new StringBuilder().append(1 + context.random().nextInt(9));
        for (int i = 0; i < 7; i++) {
            digits.append(context.random().nextInt(10));
        }
        return signUp(prefix, digits.toString());
    }

    private Workspace signUp(String prefix, String tenantId) throws SetupFailedException {
        String username = context.randomName(prefix + "-admin");
        String password = context.randomName("pw");
        api.post("/signup").json("username", username, "password", password, "workspace", tenantId)
                .expect("signing up the workspace " + tenantId, 201);
        return new Workspace(tenantId, accounts.logIn(username, password));
    }

    /** An existing user, logged in. */
    User logIn(String username, String password) throws SetupFailedException {
        return accounts.logIn(username, password);
    }

    Client as(User user) {
        return api.as(user.session());
    }

    /** The tenantId the web app reads at start-up and sends with every request. */
    String tenantOf(User user) throws SetupFailedException {
        String step = "reading " + user.name() + "'s workspace";
        return as(user).get("/api/me").expect(step, 200).need(step, "tenantId").text()
                .orElseThrow(() -> new SetupFailedException(step + ": the tenantId is not a string"));
    }

    /** Records an invoice whose description is the canary, as the web app does (with the workspace's tenantId). */
    void recordInvoice(User user, String tenantId, Canary description) throws SetupFailedException {
        Json body = Json.object("customer", "Customer " + description, "description", description.value(), "amount", "120.00");
        as(user).post("/api/invoices").json(tenantId == null ? body : body.with("tenantId", tenantId))
                .expect("recording " + user.name() + "'s invoice", 201);
    }

    /** Runs an export of the workspace's invoices as the web app does; the finished job. */
    Reply export(User user, String tenantId) throws SetupFailedException {
        Json body = Json.object("report", "invoices");
        return as(user).post("/api/exports").json(tenantId == null ? body : body.with("tenantId", tenantId))
                .expect("exporting " + user.name() + "'s invoices", 201);
    }

    /** The id of a finished job. */
    static long jobId(Reply job, String step) throws SetupFailedException {
        return job.need(step, "id").integer().orElseThrow(() -> new SetupFailedException(step + ": the job id is not a number"));
    }
}
