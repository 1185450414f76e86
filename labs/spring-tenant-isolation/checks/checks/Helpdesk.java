package checks;

import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.SetupFailedException;
import dev.fixpoint.lab.check.Client;
import dev.fixpoint.lab.check.Reply;
import dev.fixpoint.lab.check.Session;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The help desk as the checks use it: ana works for Acme Tools, gus for Globex Shipping; HTTP Basic. */
final class Helpdesk {

    private final CheckContext context;
    private final Client client;

    Helpdesk(CheckContext context) {
        this.context = context;
        this.client = Client.of(context, "helpdesk");
    }

    /** The agent's client: ana or gus. */
    Client as(String agent) {
        String password = context.secret(agent + "-password");
        return client.as(Session.header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((agent + ":" + password).getBytes(StandardCharsets.UTF_8))));
    }

    /** Opens a ticket as the agent; its id. */
    long open(String agent, String subject, String body) throws SetupFailedException {
        return as(agent).post("/api/tickets").json("subject", subject, "body", body)
                .expect(agent + " opening a ticket", 201).need(agent + " opening a ticket", "id").integer().orElseThrow();
    }

    Reply search(String agent, String text) {
        return as(agent).get("/api/tickets/search").query("q", text).send();
    }

    /** Asks for a report as the agent and waits until it is no longer pending; the finished report's reply. */
    Reply report(String agent) throws SetupFailedException, InterruptedException {
        long id = as(agent).post("/api/reports").expect(agent + " asking for a report", 202)
                .need(agent + " asking for a report", "id").integer().orElseThrow();
        Reply reply = null;
        for (int attempt = 0; attempt < 100; attempt++) {
            reply = as(agent).get("/api/reports/{}", id).send();
            if (reply.status() != 200 || !"pending".equals(reply.json().get("status").text(""))) {
                return reply;
            }
            Thread.sleep(100);
        }
        return reply;
    }
}
