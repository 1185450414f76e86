package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.check.Client;
import dev.fixpoint.lab.check.Reply;

/**
 * Posts a link to an internal address and looks for a secret only the internal service holds in what the app
 * answers. {@code {random}} in the URL is replaced with a word that is different in every run, each
 * {@code {octet}} with a number from 0 to 255 (so that an address, not only a name, differs in every run); with
 * {@code attempts}, the same link is posted that many times.
 */
public class PreviewLeaksSecret implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        String url = context.payload("url");
        while (url.contains("{octet}")) {
            url = url.replaceFirst("\\{octet}", Integer.toString(context.random().nextInt(256)));
        }
        String secret = context.secret(context.param("leaks"));
        int attempts = Integer.parseInt(context.params().getOrDefault("attempts", "1"));
        Client app = Client.of(context, "previews");
        int status = 0;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            Reply reply = app.post("/previews").json("url", url).send();
            if (reply.contains(secret)) {
                return CheckResult.fail("The preview of " + url + " showed data of an internal service"
                        + (attempt > 1 ? " (on attempt " + attempt + " of the same link)" : "") + ".");
            }
            status = reply.status();
        }
        return CheckResult.pass("The app did not reveal what " + url + " serves (status " + status + ").");
    }
}
