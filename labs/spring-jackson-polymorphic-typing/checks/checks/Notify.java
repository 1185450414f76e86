package checks;

import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.Json;
import dev.fixpoint.lab.SetupFailedException;
import dev.fixpoint.lab.check.Client;
import dev.fixpoint.lab.check.Reply;
import dev.fixpoint.lab.check.Session;
import dev.fixpoint.lab.check.User;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The notification service as the checks use it: sign-up, then HTTP Basic. */
final class Notify {

    private final CheckContext context;
    private final Client client;

    Notify(CheckContext context) {
        this.context = context;
        this.client = Client.of(context, "notify");
    }

    /** A new sender with a random name and password, signed up and ready for HTTP Basic. */
    User signUp(String prefix) throws SetupFailedException {
        String name = context.randomName(prefix);
        String password = context.randomName("pw");
        client.post("/api/signup").json("username", name, "password", password)
                .expect("signing up " + name + " through POST /api/signup", 200, 201);
        Session basic = Session.header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8)));
        return new User(name, password, basic);
    }

    /** POST /api/notifications as {@code user} with this JSON text; the reply, whatever it is. */
    Reply send(User user, String json) {
        return client.as(user.session()).post("/api/notifications").body("application/json", json).send();
    }

    /** GET /api/outbox as {@code user}. */
    Reply outbox(User user) {
        return client.as(user.session()).get("/api/outbox").send();
    }

    /** An e-mail notification whose text is {@code text}, in the form the service's clients send. */
    static String email(String address, String subject, String text) {
        return Json.object("subject", subject, "text", text,
                "channel", Json.object("@class", "notify.channels.EmailChannel", "address", address)).toString();
    }
}
