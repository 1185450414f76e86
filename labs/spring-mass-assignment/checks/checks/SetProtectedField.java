package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.Json;
import dev.fixpoint.lab.SetupFailedException;
import dev.fixpoint.lab.check.Reply;
import dev.fixpoint.lab.check.User;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A customer sends a field they must not set (role, verified flag, membership tier or discount) along with their own
 * data, then logs in and looks at their account. Param {@code route}: {@code json-signup} (POST /api/signup),
 * {@code json-update} (PATCH /api/me), {@code form-signup} (the sign-up page) or {@code form-update} (the account
 * page); {@code fields}: the extra JSON object (JSON routes) or form fields (form routes), payload-expanded.
 */
public class SetProtectedField implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Shop shop = new Shop(context);
        String route = context.param("route");
        String fields = context.payload("fields");
        String displayName = context.randomName("name");
        User attacker;
        Reply reply;
        switch (route) {
            case "json-signup" -> {
                attacker = shop.newUser("mallory");
                reply = shop.signUpJson(attacker, Json.parse(fields).with("displayName", displayName));
            }
            case "form-signup" -> {
                attacker = shop.newUser("mallory");
                reply = shop.signUpForm(attacker, "displayName=" + displayName + "&" + fields);
            }
            case "json-update" -> {
                attacker = shop.customer("mallory", "displayName", displayName);
                requirePlain(shop, attacker);
                reply = shop.as(attacker).patch("/api/me").body("application/json", fields).send();
            }
            case "form-update" -> {
                attacker = shop.customer("mallory", "displayName", displayName);
                requirePlain(shop, attacker);
                Map<String, String> form = new LinkedHashMap<>();
                form.put("displayName", displayName);
                reply = shop.updateForm(attacker, form, fields);
            }
            default -> throw new IllegalArgumentException("route must be json-signup, json-update, form-signup or form-update");
        }
        String sent = reply.request().method() + " " + reply.request().target();
        Json me = shop.me(attacker);
        if (me.isMissing()) {
            return CheckResult.pass(sent + " answered " + reply.status() + " and left no account that could log in with more rights.");
        }
        String privilege = Shop.privilege(me);
        if (privilege != null) {
            return CheckResult.fail(sent + " answered " + reply.status() + " and the customer's own account now shows " + privilege
                    + ": the request was bound onto the stored account, so every field of it can be set.");
        }
        Reply admin = shop.as(attacker).get("/api/admin/accounts").send();
        return CheckResult.passIf(admin.status() != 200,
                sent + " answered " + reply.status() + "; the account stayed a plain customer's.",
                sent + " answered " + reply.status() + " and the customer then listed every account at /api/admin/accounts.");
    }

    private static void requirePlain(Shop shop, User user) throws SetupFailedException {
        Json before = shop.meOrFail(user, "reading the new customer's account");
        if (Shop.privilege(before) != null) {
            throw new SetupFailedException("a plain sign-up already shows " + Shop.privilege(before) + ", so the attack cannot be judged");
        }
    }
}
