package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.SetupFailedException;

import java.util.Locale;

/**
 * Customers signing in with the code they were sent. {@code mode}: mistypes-twice (two wrong codes, then the right one),
 * other-customer (someone else's code was guessed at 25 times first), after-lockout (six wrong codes void the code; a new
 * sign-in sends a new one, which works), capitalised (the name typed in capitals at both steps).
 */
public class SignIn implements Check {

    @Override
    public CheckResult run(CheckContext context) throws SetupFailedException {
        Portal portal = new Portal(context);
        Portal.Customer customer = portal.signUp("customer");
        String mode = context.param("mode");
        switch (mode) {
            case "mistypes-twice" -> {
                String code = portal.logIn(customer);
                portal.enterCode(customer, portal.wrong(code));
                portal.enterCode(customer, portal.wrong(code));
                return result(portal.opensAccount(Portal.token(portal.enterCode(customer, code)), customer),
                        "a customer who mistyped the code twice signed in with the right one",
                        "a customer who mistyped the code twice could not sign in with the right one");
            }
            case "other-customer" -> {
                Portal.Customer victim = portal.signUp("customer");
                String attacker = portal.address();
                String victimCode = portal.logIn(victim, victim.name(), attacker);
                for (int i = 0; i < 25; i++) {
                    portal.enter(victim.name(), portal.wrong(victimCode), attacker).send();
                }
                String code = portal.logIn(customer);
                return result(portal.opensAccount(Portal.token(portal.enterCode(customer, code)), customer),
                        "guesses against one customer's code do not lock another customer out",
                        "a customer could not sign in with their code after someone guessed at another customer's code");
            }
            case "after-lockout" -> {
                String first = portal.logIn(customer);
                for (int i = 0; i < 6; i++) {
                    portal.enterCode(customer, portal.wrong(first));
                }
                String fresh = portal.logIn(customer);
                return result(portal.opensAccount(Portal.token(portal.enterCode(customer, fresh)), customer),
                        "after too many wrong codes, signing in again sent a new code that works",
                        "after six wrong codes, the customer signed in again with their password and the new code they were sent"
                                + " did not work");
            }
            case "capitalised" -> {
                String typed = customer.name().toUpperCase(Locale.ROOT);
                String code = portal.logIn(customer, typed, customer.address());
                return result(portal.opensAccount(Portal.token(portal.enter(typed, code, customer.address()).send()), customer),
                        "a customer who types their name in capitals signs in",
                        "a customer who typed their name in capitals could not sign in with the code they were sent");
            }
            default -> throw new IllegalArgumentException("unknown mode " + mode);
        }
    }

    private static CheckResult result(boolean worked, String passed, String failed) {
        return CheckResult.passIf(worked, passed, failed);
    }
}
