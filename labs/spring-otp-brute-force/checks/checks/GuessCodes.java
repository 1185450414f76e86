package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.SetupFailedException;
import dev.fixpoint.lab.check.Call;
import dev.fixpoint.lab.check.Parallel;
import dev.fixpoint.lab.check.Reply;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An attacker who has a customer's password (phished, or reused from another site's leak) and guesses the e-mailed code:
 * {@code guesses} wrong codes, then the right one, read from the victim's mailbox as the stand-in for a guess that
 * finally hits. The attack gets through when the right code still signs in. {@code mode}: same-address (one client
 * address), rotating-address (a new X-Forwarded-For each time), letter-case (the name typed in another case each time),
 * new-code-between (a new code requested after every few guesses, then the first code), reuse (the code that already
 * signed the customer in, entered again), parallel (the wrong guesses all sent at once).
 */
public class GuessCodes implements Check {

    @Override
    public CheckResult run(CheckContext context) throws SetupFailedException {
        Portal portal = new Portal(context);
        Portal.Customer victim = portal.signUp("customer");
        String mode = context.param("mode");
        int guesses = Integer.parseInt(context.params().getOrDefault("guesses", "25"));
        String attacker = portal.address();
        String right = portal.logIn(victim, victim.name(), attacker);
        Reply last;
        switch (mode) {
            case "same-address" -> {
                for (int i = 0; i < guesses; i++) {
                    portal.enter(victim.name(), portal.wrong(right), attacker).send();
                }
                last = portal.enter(victim.name(), right, attacker).send();
            }
            case "rotating-address" -> {
                for (int i = 0; i < guesses; i++) {
                    portal.enter(victim.name(), portal.wrong(right), portal.address()).send();
                }
                last = portal.enter(victim.name(), right, portal.address()).send();
            }
            case "letter-case" -> {
                for (int i = 0; i < guesses; i++) {
                    portal.enter(mixedCase(context, victim.name(), i), portal.wrong(right), attacker).send();
                }
                last = portal.enter(mixedCase(context, victim.name(), guesses), right, attacker).send();
            }
            case "new-code-between" -> {
                for (int i = 1; i <= guesses; i++) {
                    portal.enter(victim.name(), portal.wrong(right), attacker).send();
                    if (i % 4 == 0) {
                        portal.logIn(victim, victim.name(), attacker);
                    }
                }
                last = portal.enter(victim.name(), right, attacker).send();
            }
            case "reuse" -> {
                if (Portal.token(portal.enterCode(victim, right)) == null) {
                    throw new SetupFailedException("the victim could not sign in with the code they were sent");
                }
                last = portal.enter(victim.name(), right, attacker).send();
            }
            case "parallel" -> {
                List<Call> calls = new ArrayList<>();
                for (int i = 0; i < guesses; i++) {
                    calls.add(portal.enter(victim.name(), portal.wrong(right), attacker));
                }
                Parallel.send(calls);
                last = portal.enter(victim.name(), right, attacker).send();
            }
            default -> throw new IllegalArgumentException("unknown mode " + mode);
        }
        boolean through = portal.opensAccount(Portal.token(last), victim);
        return CheckResult.passIf(!through, "the code was refused: the guesses before it used the challenge up",
                switch (mode) {
                    case "reuse" -> "a code that had already signed the customer in signed the attacker in too";
                    case "new-code-between" -> "after " + guesses + " wrong guesses, interleaved with requests for new codes, the first"
                            + " code sent still signed the attacker in";
                    default -> "after " + guesses + " wrong guesses the right code still signed the attacker in: nothing limits"
                            + " the guesses, and a script tries all million codes within hours";
                });
    }

    /** The name with its letters in a case pattern of its own for each {@code round}, never the name as stored. */
    private static String mixedCase(CheckContext context, String name, int round) {
        StringBuilder typed = new StringBuilder();
        int letter = 0;
        for (char c : name.toCharArray()) {
            if (Character.isLetter(c)) {
                boolean upper = letter < 5 ? ((round + 1) >> letter & 1) == 1 : context.random().nextBoolean();
                typed.append(upper ? Character.toUpperCase(c) : c);
                letter++;
            } else {
                typed.append(c);
            }
        }
        String result = typed.toString();
        return result.equals(name) ? result.toUpperCase(Locale.ROOT) : result;
    }
}
