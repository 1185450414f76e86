package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.Json;
import dev.fixpoint.lab.check.Reply;
import dev.fixpoint.lab.check.User;

/** PATCH /api/me with the e-mail alone changes the e-mail and keeps the name, the address and the newsletter choice. */
public class PartialUpdate implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Shop shop = new Shop(context);
        String name = context.randomName("name");
        String street = context.randomName("street");
        User user = shop.customer("erin", "displayName", name, "email", "old@example.com", "newsletter", true,
                "address", Json.object("street", street, "city", "Derby", "postcode", "DE1 1AA"));
        String email = context.randomName("mail") + "@example.net";
        Reply patch = shop.as(user).patch("/api/me").json("email", email).send();
        if (patch.status() != 200) {
            return CheckResult.fail("PATCH /api/me with a new e-mail alone answered " + patch.status() + ".");
        }
        String changed = Profiles.differences(shop.me(user), name, email, street, "Derby", "DE1 1AA", true);
        return CheckResult.passIf(changed == null, "Changing the e-mail alone keeps the rest of the profile.",
                "After PATCH /api/me with the e-mail alone: " + changed + ".");
    }
}
