package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.SetupFailedException;
import dev.fixpoint.lab.check.User;

/**
 * A member changes their password: a new member, or with {@code username} and {@code password} an imported one. The
 * wrong current password is refused, then the old password stops working and the new one works.
 */
public class ChangePassword implements Check {

    @Override
    public CheckResult run(CheckContext context) throws SetupFailedException {
        Ferry ferry = new Ferry(context);
        User member = context.params().containsKey("username")
                ? Ferry.user(context.param("username"), context.param("password"))
                : ferry.signUp("traveller", context.randomName("Pw"));
        String next = context.randomName("New-pw");
        int refused = ferry.changePassword(member, member.password() + "x", next).status();
        if (refused != 403) {
            return CheckResult.fail("a password change with the wrong current password answered " + refused + ", not 403");
        }
        int changed = ferry.changePassword(member, member.password(), next).status();
        if (changed != 204) {
            return CheckResult.fail(member.name() + " changing their password answered " + changed + ", not 204");
        }
        if (ferry.me(member).status() != 401) {
            return CheckResult.fail("the old password still works after " + member.name() + " changed it");
        }
        User renewed = Ferry.user(member.name(), next);
        if (!ferry.signsIn(renewed) || !ferry.signsIn(renewed)) {
            return CheckResult.fail(member.name() + " cannot sign in with the new password");
        }
        return CheckResult.pass(member.name() + " changed their password; the old one stopped working and the new one works");
    }
}
