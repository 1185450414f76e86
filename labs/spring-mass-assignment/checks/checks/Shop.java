package checks;

import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.Json;
import dev.fixpoint.lab.SetupFailedException;
import dev.fixpoint.lab.check.Client;
import dev.fixpoint.lab.check.Reply;
import dev.fixpoint.lab.check.Session;
import dev.fixpoint.lab.check.User;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The shop as the checks use it: sign-up and profile through the JSON API and through the web forms, HTTP Basic. */
final class Shop {

    private static final Pattern CSRF = Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*>");
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");

    private final CheckContext context;
    private final Client client;

    Shop(CheckContext context) {
        this.context = context;
        this.client = Client.of(context, "shop");
    }

    CheckContext context() {
        return context;
    }

    static Session basic(String name, String password) {
        return Session.header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    /** POST /api/signup with {@code user}'s username and password and {@code fields} merged in; the reply, whatever it is. */
    Reply signUpJson(User user, Json fields) {
        return client.post("/api/signup").json(fields.with("username", user.name()).with("password", user.password())).send();
    }

    /** A random username and password, and the Basic credentials for them; not signed up yet. */
    User newUser(String prefix) {
        String name = context.randomName(prefix);
        String password = context.randomName("pw");
        return new User(name, password, basic(name, password));
    }

    /** A plain customer signed up through the JSON API with these profile fields. */
    User customer(String prefix, Object... fields) throws SetupFailedException {
        User user = newUser(prefix);
        signUpJson(user, Json.object(fields)).expect("signing up " + user.name() + " through POST /api/signup", 200, 201);
        return user;
    }

    User admin() {
        return new User("admin", context.secret("admin-password"), basic("admin", context.secret("admin-password")));
    }

    Client as(User user) {
        return client.as(user.session());
    }

    /** GET /api/me as {@code user}; {@link Json#MISSING} unless a 200 with their account. */
    Json me(User user) {
        Reply reply = as(user).get("/api/me").send();
        return reply.status() == 200 && user.name().equals(reply.json().get("username").text("")) ? reply.json() : Json.MISSING;
    }

    Json meOrFail(User user, String step) throws SetupFailedException {
        Json me = me(user);
        if (me.isMissing()) {
            throw new SetupFailedException(step + ": GET /api/me as " + user.name() + " did not answer with their account");
        }
        return me;
    }

    /** Posts the sign-up page's form (with its CSRF token) as an anonymous visitor; the reply. */
    Reply signUpForm(User user, String extraForm) throws SetupFailedException {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("username", user.name());
        fields.put("password", user.password());
        return postForm(Session.NONE, "/signup", fields, extraForm);
    }

    /** Posts the account page's form (with its CSRF token) as {@code user}; the reply. */
    Reply updateForm(User user, Map<String, String> fields, String extraForm) throws SetupFailedException {
        return postForm(user.session(), "/account", fields, extraForm);
    }

    private Reply postForm(Session session, String path, Map<String, String> fields, String extraForm) throws SetupFailedException {
        String step = "opening the form at GET " + path;
        Reply page = client.as(session).get(path).expect(step, 200);
        Matcher input = CSRF.matcher(page.body());
        Matcher value = input.find() ? VALUE.matcher(input.group()) : null;
        if (value == null || !value.find()) {
            throw new SetupFailedException(step + ": the page has no _csrf field");
        }
        Session cookies = Session.cookies(page).orElseThrow(() -> new SetupFailedException(step + ": no session cookie was set"));
        Map<String, String> headers = new LinkedHashMap<>(session.headers());
        headers.putAll(cookies.headers());
        List<Object> form = new ArrayList<>(List.of("_csrf", value.group(1)));
        fields.forEach((name, text) -> {
            form.add(name);
            form.add(text);
        });
        String body = client.post(path).form(form.toArray()).request().body();
        if (extraForm != null && !extraForm.isEmpty()) {
            body = body + "&" + extraForm;
        }
        return client.as(new Session(headers)).post(path).body("application/x-www-form-urlencoded", body).send();
    }

    /** What of {@code account} (as GET /api/me shows it) a customer could not have set themselves, or null. */
    static String privilege(Json account) {
        List<String> found = new ArrayList<>();
        String role = account.get("role").text("customer");
        if (!role.equalsIgnoreCase("customer")) {
            found.add("role \"" + role + "\"");
        }
        if (account.get("verified").bool().orElse(false)) {
            found.add("verified");
        }
        Json membership = account.get("membership");
        if (!membership.get("tier").text("basic").equals("basic")) {
            found.add("tier \"" + membership.get("tier").text("") + "\"");
        }
        if (membership.get("discountPercent").integer().orElse(0L) != 0) {
            found.add("discount " + membership.get("discountPercent").integer().orElse(0L) + "%");
        }
        return found.isEmpty() ? null : String.join(", ", found);
    }
}
