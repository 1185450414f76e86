package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.Json;
import dev.fixpoint.lab.check.Reply;
import dev.fixpoint.lab.check.User;

/**
 * A customer signs up through the JSON API with their name, e-mail, address and newsletter choice, then changes all of
 * them with PATCH /api/me: every one is kept, both times.
 */
public class JsonProfile implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Shop shop = new Shop(context);
        String name = context.randomName("name");
        String email = context.randomName("mail") + "@example.com";
        String street = context.randomName("street");
        User user = shop.customer("carol", "displayName", name, "email", email, "newsletter", true,
                "address", Json.object("street", street, "city", "Leeds", "postcode", "LS1 4AP"));
        Json me = shop.meOrFail(user, "reading the new account");
        String missing = Profiles.differences(me, name, email, street, "Leeds", "LS1 4AP", true);
        if (missing != null) {
            return CheckResult.fail("POST /api/signup did not keep what the customer entered: " + missing + ".");
        }
        String name2 = context.randomName("name");
        String email2 = context.randomName("mail") + "@example.org";
        String street2 = context.randomName("street");
        Reply patch = shop.as(user).patch("/api/me").json("displayName", name2, "email", email2, "newsletter", false,
                "address", Json.object("street", street2, "city", "York", "postcode", "YO1 7HH")).send();
        if (patch.status() != 200) {
            return CheckResult.fail("PATCH /api/me with a new name, e-mail, address and newsletter choice answered " + patch.status() + ".");
        }
        String changed = Profiles.differences(shop.me(user), name2, email2, street2, "York", "YO1 7HH", false);
        return CheckResult.passIf(changed == null, "The customer's name, e-mail, address and newsletter choice are kept at sign-up and on update.",
                "After PATCH /api/me the account does not show the customer's changes: " + changed + ".");
    }
}
