package checks;

import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.check.Client;
import dev.fixpoint.lab.check.Session;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The marketplace as the checks reach it: anonymous, or as one of the staging members (password: name-staging). */
final class Market {

    private Market() {
    }

    static Client anonymous(CheckContext context) {
        return Client.of(context, "market");
    }

    static Client as(CheckContext context, String member) {
        String credentials = Base64.getEncoder().encodeToString((member + ":" + member + "-staging").getBytes(StandardCharsets.UTF_8));
        return anonymous(context).as(Session.header("Authorization", "Basic " + credentials));
    }
}
