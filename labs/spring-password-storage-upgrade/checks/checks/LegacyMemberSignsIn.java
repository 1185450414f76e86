package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.check.User;

/** An imported member ({@code username}, {@code password}) signs in with the password they chose on the old site. */
public class LegacyMemberSignsIn implements Check {

    @Override
    public CheckResult run(CheckContext context) {
        Ferry ferry = new Ferry(context);
        User member = Ferry.user(context.param("username"), context.param("password"));
        User wrong = Ferry.user(member.name(), member.password() + "x");
        if (ferry.me(wrong).status() != 401) {
            return CheckResult.fail(member.name() + " was let in with a wrong password");
        }
        if (!ferry.signsIn(member)) {
            return CheckResult.fail(member.name() + ", imported from the old booking site, cannot sign in with their password");
        }
        if (!ferry.signsIn(member)) {
            return CheckResult.fail(member.name() + " signed in once, and their password no longer worked the second time");
        }
        if (ferry.me(wrong).status() != 401) {
            return CheckResult.fail("after signing in, " + member.name() + "'s account accepted a wrong password");
        }
        return CheckResult.pass(member.name() + " signs in with their old password, again and again, and a wrong one is refused");
    }
}
