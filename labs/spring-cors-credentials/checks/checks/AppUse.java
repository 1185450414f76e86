package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.check.Canary;
import dev.fixpoint.lab.check.Reply;

/**
 * What the bank's own clients do. {@code use: read} and {@code use: transfer}: the app at https://app.kestrelbank.example
 * signs Alex in, reads the account, sends a transfer; {@code use: sign-out}: the app signs Alex out; {@code use:
 * no-origin}: the mobile app (no Origin header) and a same-origin page on the API's own host do the same.
 */
public class AppUse implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        String use = context.param("use");
        String password = context.secret("alex-password");
        switch (use) {
            case "read" -> {
                Spa app = new Spa(context, Spa.APP).signIn(Spa.ALEX, password);
                Reply account = app.account("the app reading Alex's account");
                return CheckResult.passIf(account.contains(Spa.ALEX_IBAN) && account.contains(Spa.ALEX_NAME),
                        "The app signs Alex in and reads the account.",
                        "GET /api/account from the app is not Alex's account: " + account.body());
            }
            case "transfer" -> {
                Spa app = new Spa(context, Spa.APP).signIn(Spa.ALEX, password);
                return transfer(context, app);
            }
            case "sign-out" -> {
                Spa app = new Spa(context, Spa.APP).signIn(Spa.ALEX, password);
                String[] token = app.csrf("the app signing Alex out");
                app.needPreflight("the app signing Alex out", "/api/logout", "POST", token[0]);
                app.send("the app signing Alex out", app.client().post("/api/logout").header(token[0], token[1]), 200, 204, 302);
                int after = app.call(app.client().get("/api/account")).send().status();
                return CheckResult.passIf(after == 401 || after == 403, "The app signs Alex out.",
                        "After the app's POST /api/logout, GET /api/account with the old cookie still answered " + after + ".");
            }
            case "no-origin" -> {
                Spa mobile = new Spa(context, null).signIn(Spa.ALEX, password);
                CheckResult mobileTransfer = transfer(context, mobile);
                if (!mobileTransfer.passed()) {
                    return mobileTransfer;
                }
                Reply sameOrigin = mobile.client().get("/api/account").as(mobile.session())
                        .header("Host", "api.kestrelbank.example").header("Origin", "http://api.kestrelbank.example").send()
                        .expect("reading Alex's account from a page on the API's own host (same origin)", 200);
                return CheckResult.passIf(sameOrigin.contains(Spa.ALEX_IBAN),
                        "Requests without an Origin and same-origin requests work.",
                        "A same-origin GET /api/account did not return Alex's account: " + sameOrigin.body());
            }
            default -> throw new IllegalArgumentException("use: read, transfer, sign-out or no-origin, not " + use);
        }
    }

    private static CheckResult transfer(CheckContext context, Spa app) throws Exception {
        String step = "sending a transfer " + (app.origin() == null ? "without an Origin" : "from the app");
        String[] token = app.csrf(step);
        app.needPreflight(step, "/api/transfers", "POST", "content-type", token[0]);
        Canary reference = Canary.of(context, "rent");
        Reply sent = app.send(step, app.client().post("/api/transfers").header(token[0], token[1])
                .json("toIban", "GB82 WEST 1234 5698 7654 32", "amount", new java.math.BigDecimal("12.50"), "reference", reference.value()), 201);
        Reply account = app.account(step + ": reading the account afterwards");
        return CheckResult.passIf(reference.foundIn(account), "The transfer went through (" + sent.status() + ").",
                "POST /api/transfers answered " + sent.status() + " but the transfer is not in Alex's account.");
    }
}
