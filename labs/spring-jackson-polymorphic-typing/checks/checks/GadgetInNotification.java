package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.SetupFailedException;
import dev.fixpoint.lab.check.Canary;
import dev.fixpoint.lab.check.Reply;
import dev.fixpoint.lab.check.User;

/**
 * A victim sends a notification with a canary in it; an attacker then sends a notification that names one of the
 * application's own classes as a type id. The attack got through when the canary reached the attacker (in the answer
 * or their outbox) or disappeared from the victim's outbox. Param {@code notification}: the attacker's JSON, where
 * {victim} is the victim's username (payload-expanded).
 */
public class GadgetInNotification implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Notify notify = new Notify(context);
        User victim = notify.signUp("victim");
        Canary canary = Canary.of(context, "reset-code");
        notify.send(victim, Notify.email(victim.name() + "@example.com", "Password reset", "Your reset code is " + canary.value()))
                .expect("the victim sending an e-mail notification", 201);
        if (!canary.foundIn(notify.outbox(victim).expect("the victim reading their outbox", 200))) {
            throw new SetupFailedException("the victim's outbox does not show the notification they just sent");
        }

        User attacker = notify.signUp("mallory");
        String notification = context.payload("notification").replace("{victim}", victim.name());
        Reply attack = notify.send(attacker, notification);
        Reply attackersOutbox = notify.outbox(attacker);
        if (canary.foundIn(attack) || canary.foundIn(attackersOutbox)) {
            return CheckResult.fail("The attacker's notification answered " + attack.status() + " and "
                    + (canary.foundIn(attack) ? "the answer" : "the attacker's outbox")
                    + " holds the victim's reset code: the class named in the request read another sender's mailbox.");
        }
        Reply victimsOutbox = notify.outbox(victim);
        if (victimsOutbox.status() == 200 && !canary.foundIn(victimsOutbox)) {
            return CheckResult.fail("The attacker's notification answered " + attack.status()
                    + " and the victim's outbox is now empty: the class named in the request deleted another sender's mailbox.");
        }
        return CheckResult.pass("The attacker's notification answered " + attack.status()
                + "; the victim's mailbox was neither read nor changed.");
    }
}
