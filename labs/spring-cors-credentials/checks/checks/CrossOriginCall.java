package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.check.Canary;
import dev.fixpoint.lab.check.Client;
import dev.fixpoint.lab.check.Reply;

/**
 * Alex is signed in; a page at another origin ({@code origin}, payload-expanded) calls the API with Alex's cookie. With
 * {@code action: read-account} it reads Alex's account; with {@code action: move-money} it reads a CSRF token and posts
 * a transfer to Mallory. The check fails when the API lets that origin read a credentialed answer or pass a preflight.
 */
public class CrossOriginCall implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        String origin = context.payload("origin");
        Spa alex = new Spa(context, null).signIn(Spa.ALEX, context.secret("alex-password"));
        Client bank = alex.client();
        Spa attacker = new Spa(context, origin);
        if ("move-money".equals(context.param("action"))) {
            Reply preflight = attacker.preflight("/api/transfers", "POST", "content-type", "x-csrf-token");
            Reply token = bank.get("/api/csrf").as(alex.session()).header("Origin", origin).send();
            boolean tokenRead = token.status() == 200 && Spa.readable(token, origin);
            Canary reference = Canary.of(context, "refund");
            var post = bank.post("/api/transfers").as(alex.session()).header("Origin", origin)
                    .json("toIban", Spa.MALLORY_IBAN, "amount", new java.math.BigDecimal("250.00"), "reference", reference.value());
            if (tokenRead) {
                post = post.header(token.json().get("headerName").text("X-CSRF-TOKEN"), token.json().get("token").text(""));
            }
            Reply sent = post.send();
            boolean moved = reference.foundIn(alex.account("reading Alex's account afterwards"));
            boolean preflightAllowed = Spa.preflightAllows(preflight, origin, "POST", "content-type", "x-csrf-token");
            return CheckResult.passIf(!preflightAllowed && !tokenRead && !moved && !Spa.readable(sent, origin),
                    "A page at " + origin + " cannot use Alex's session: the preflight answered " + preflight.status()
                            + " without allowing it, and the CSRF token stays unreadable.",
                    "A page at " + origin + " used Alex's session cookie: the preflight for POST /api/transfers answered "
                            + Spa.describe(preflight) + "; GET /api/csrf " + (tokenRead ? "let the page read the CSRF token" : "kept the token")
                            + "; the forged transfer of 250.00 to another IBAN answered " + sent.status()
                            + (moved ? " and is in Alex's account." : "."));
        }
        Reply preflight = attacker.preflight("/api/account", "GET");
        Reply read = bank.get("/api/account").as(alex.session()).header("Origin", origin).send();
        boolean leaked = read.status() == 200 && Spa.readable(read, origin) && read.contains(Spa.ALEX_IBAN);
        boolean preflightAllowed = Spa.preflightAllows(preflight, origin, "GET");
        return CheckResult.passIf(!leaked && !preflightAllowed,
                "A page at " + origin + " cannot read Alex's account (GET /api/account answered " + read.status()
                        + " without allowing that origin).",
                "A page at " + origin + " read Alex's account with Alex's session cookie: GET /api/account answered "
                        + Spa.describe(read) + (leaked ? ", with Alex's IBAN and balance in it" : "")
                        + "; the preflight answered " + Spa.describe(preflight) + ".");
    }
}
