package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.SetupFailedException;
import dev.fixpoint.lab.check.User;

/**
 * Reads a member's password hash from the backup export, as a thief with a copy of the backup would, after one of the
 * ways a password gets stored: {@code mode} sign-up (a new member), password-change, legacy-sign-in (an imported member,
 * {@code username} and {@code password}, signs in first) or same-password (two new members with one password).
 */
public class StoredHash implements Check {

    @Override
    public CheckResult run(CheckContext context) throws SetupFailedException {
        Ferry ferry = new Ferry(context);
        String mode = context.param("mode");
        switch (mode) {
            case "sign-up" -> {
                String password = context.randomName("Canary-pw");
                User member = ferry.signUp("traveller", password);
                return judge(ferry.storedHash(member.name()), password, "a new member's password");
            }
            case "password-change" -> {
                User member = ferry.signUp("traveller", context.randomName("First-pw"));
                String next = context.randomName("Changed-pw");
                ferry.changePassword(member, member.password(), next).expect("changing " + member.name() + "'s password", 204);
                return judge(ferry.storedHash(member.name()), next, "a changed password");
            }
            case "legacy-sign-in" -> {
                User member = Ferry.user(context.param("username"), context.param("password"));
                if (!ferry.signsIn(member)) {
                    throw new SetupFailedException("the imported member " + member.name() + " could not sign in with their password");
                }
                return judge(ferry.storedHash(member.name()), member.password(), "an imported member's password after they signed in");
            }
            case "same-password" -> {
                String password = context.randomName("Shared-pw");
                User first = ferry.signUp("traveller", password);
                User second = ferry.signUp("traveller", password);
                String one = ferry.storedHash(first.name());
                String other = ferry.storedHash(second.name());
                return CheckResult.passIf(!one.equals(other), "two members with one password have different hashes (salted)",
                        "two members who chose the same password have the same stored value: without a salt, one cracked "
                                + "hash opens every account that shares it, and a precomputed table cracks them all at once");
            }
            default -> throw new IllegalArgumentException("unknown mode " + mode);
        }
    }

    private static CheckResult judge(String stored, String password, String what) {
        String weakness = Ferry.weakness(stored, password);
        return weakness == null
                ? CheckResult.pass(what + " is stored with a slow, salted hash")
                : CheckResult.fail(what + " leaks with the backup: " + weakness);
    }
}
