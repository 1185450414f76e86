package checks;

import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.Json;
import dev.fixpoint.lab.SetupFailedException;
import dev.fixpoint.lab.check.Client;
import dev.fixpoint.lab.check.Reply;
import dev.fixpoint.lab.check.Session;
import dev.fixpoint.lab.check.User;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The member accounts service as the checks use it: JSON sign-up, HTTP Basic, and the backup export of the table. */
final class Ferry {

    private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]?\\$\\d\\d\\$[./A-Za-z0-9]{53}");
    private static final List<String> FAST = List.of("MD5", "SHA-1", "SHA-256", "SHA-512");

    private final CheckContext context;
    private final Client client;

    Ferry(CheckContext context) {
        this.context = context;
        this.client = Client.of(context, "accounts");
    }

    CheckContext context() {
        return context;
    }

    static Session basic(String name, String password) {
        return Session.header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    static User user(String name, String password) {
        return new User(name, password, basic(name, password));
    }

    /** Signs a new member up with this password; throws when the sign-up does not answer 201. */
    User signUp(String prefix, String password) throws SetupFailedException {
        String name = context.randomName(prefix);
        client.post("/api/signup").json("username", name, "password", password, "displayName", "Check " + prefix)
                .expect("signing up " + name + " through POST /api/signup", 201);
        return user(name, password);
    }

    /** GET /api/me with the user's Basic credentials. */
    Reply me(User user) {
        return client.as(user.session()).get("/api/me").send();
    }

    /** Whether GET /api/me as the user answers 200 with their own profile. */
    boolean signsIn(User user) {
        Reply reply = me(user);
        return reply.status() == 200 && user.name().equals(reply.json().get("username").text(""));
    }

    Reply changePassword(User user, String current, String next) {
        return client.as(user.session()).post("/api/me/password").json("currentPassword", current, "newPassword", next).send();
    }

    /** The member's password column as the backup export holds it (the stand-in for a stolen backup). */
    String storedHash(String username) throws SetupFailedException {
        Reply backup = client.get("/ops/backup/members").header("X-Ops-Key", context.secret("ops-key"))
                .expect("reading the backup export at GET /ops/backup/members", 200);
        for (Json row : backup.json().items()) {
            if (username.equals(row.get("username").text(""))) {
                return row.get("password").text().orElseThrow(() ->
                        new SetupFailedException("the backup export's row of " + username + " has no password"));
            }
        }
        throw new SetupFailedException("the backup export at GET /ops/backup/members has no row for " + username);
    }

    /**
     * What makes a stored value a fast password hash for {@code password}, or null when it is a slow, salted one: bcrypt
     * ($2a$, $2b$, $2y$), Argon2, or Spring Security's scrypt and PBKDF2 encoders by their {id}.
     */
    static String weakness(String stored, String password) {
        String lower = stored.toLowerCase(Locale.ROOT);
        for (String algorithm : FAST) {
            byte[] digest = digest(algorithm, password);
            if (lower.contains(HexFormat.of().formatHex(digest))
                    || stored.contains(Base64.getEncoder().withoutPadding().encodeToString(digest))) {
                return "the stored value holds the unsalted " + algorithm + " of the password, which anyone can compute";
            }
        }
        String id = "";
        String body = stored;
        int close = stored.indexOf('}');
        if (stored.startsWith("{") && close > 0) {
            id = lower.substring(1, close);
            body = stored.substring(close + 1);
        }
        if (BCRYPT.matcher(body).matches() || body.startsWith("$argon2i") || id.equals("scrypt") || id.startsWith("pbkdf2")
                || id.startsWith("argon2")) {
            return null;
        }
        return "the stored value (" + shape(stored) + ") is no slow, salted password hash such as bcrypt, scrypt, Argon2 or PBKDF2";
    }

    private static String shape(String stored) {
        return stored.length() <= 12 ? stored : stored.substring(0, 12) + "... " + stored.length() + " characters";
    }

    private static byte[] digest(String algorithm, String password) {
        try {
            return MessageDigest.getInstance(algorithm).digest(password.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
