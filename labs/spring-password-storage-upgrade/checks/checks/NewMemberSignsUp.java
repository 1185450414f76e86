package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.SetupFailedException;
import dev.fixpoint.lab.check.User;

/** A traveller signs up, signs in, and a wrong password or a taken name is refused. */
public class NewMemberSignsUp implements Check {

    @Override
    public CheckResult run(CheckContext context) throws SetupFailedException {
        Ferry ferry = new Ferry(context);
        User member = ferry.signUp("traveller", context.randomName("Pw"));
        if (!ferry.signsIn(member)) {
            return CheckResult.fail("a new member cannot sign in with the password they signed up with");
        }
        if (!ferry.signsIn(member)) {
            return CheckResult.fail("a new member's password worked once and then no longer");
        }
        if (ferry.me(Ferry.user(member.name(), member.password().toUpperCase())).status() != 401) {
            return CheckResult.fail("a new member's account accepted a wrong password");
        }
        return CheckResult.pass("new members sign up and sign in; a wrong password is refused");
    }
}
