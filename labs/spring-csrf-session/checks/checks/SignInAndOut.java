package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.check.Reply;

/** A wrong password is refused, the right one signs Alex in, and the dashboard's sign-out button ends the session. */
public class SignInAndOut implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Browser guess = new Browser(context);
        Reply wrong = guess.submit("/login", "/login", "username", Browser.ALEX, "password", "not-" + Browser.ALEX_PASSWORD);
        if (guess.send(guess.client().get("/api/account")).status() == 200) {
            return CheckResult.fail("A wrong password signed Alex in (POST /login answered " + wrong.status() + ").");
        }
        Browser alex = new Browser(context).login(Browser.ALEX, Browser.ALEX_PASSWORD);
        if (!Browser.ALEX.equals(alex.account().get("username").text(""))) {
            return CheckResult.fail("After signing in, GET /api/account is not Alex's account.");
        }
        Reply out = alex.submit("/", "/logout");
        int after = alex.send(alex.client().get("/api/account")).status();
        return CheckResult.passIf(after != 200 && out.status() < 400, "Alex signs in and out.",
                "Alex pressed the dashboard's sign-out button (POST /logout answered " + out.status()
                        + ") and GET /api/account still answered " + after + ".");
    }
}
