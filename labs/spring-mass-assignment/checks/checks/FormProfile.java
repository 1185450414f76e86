package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.check.Reply;
import dev.fixpoint.lab.check.User;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A visitor signs up on the sign-up page with their name, e-mail, address and the newsletter box ticked, then changes
 * everything on the account page and unticks the box: every value is kept, both times.
 */
public class FormProfile implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Shop shop = new Shop(context);
        User user = shop.newUser("dave");
        String name = context.randomName("name");
        String email = context.randomName("mail") + "@example.com";
        String street = context.randomName("street");
        String signUp = form("displayName", name, "email", email, "address.street", street, "address.city", "Bath",
                "address.postcode", "BA1 1LT", "newsletter", "true", "_newsletter", "on");
        Reply created = shop.signUpForm(user, signUp);
        if (created.status() >= 400) {
            return CheckResult.fail("Posting the sign-up form answered " + created.status() + ".");
        }
        String missing = Profiles.differences(shop.me(user), name, email, street, "Bath", "BA1 1LT", true);
        if (missing != null) {
            return CheckResult.fail("After the sign-up form the new account is not as entered: " + missing + ".");
        }
        String name2 = context.randomName("name");
        String email2 = context.randomName("mail") + "@example.org";
        String street2 = context.randomName("street");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("displayName", name2);
        fields.put("email", email2);
        fields.put("address.street", street2);
        fields.put("address.city", "Hull");
        fields.put("address.postcode", "HU1 2AA");
        fields.put("_newsletter", "on");
        Reply saved = shop.updateForm(user, fields, null);
        if (saved.status() >= 400) {
            return CheckResult.fail("Posting the account form answered " + saved.status() + ".");
        }
        String changed = Profiles.differences(shop.me(user), name2, email2, street2, "Hull", "HU1 2AA", false);
        return CheckResult.passIf(changed == null, "The sign-up and account forms keep the customer's name, e-mail, address and newsletter choice.",
                "After posting the account form (newsletter box unticked) the account is not as entered: " + changed + ".");
    }

    private static String form(String... namesAndValues) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            out.append(i == 0 ? "" : "&").append(encode(namesAndValues[i])).append('=').append(encode(namesAndValues[i + 1]));
        }
        return out.toString();
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }
}
