package checks;

import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.Json;
import dev.fixpoint.lab.SetupFailedException;
import dev.fixpoint.lab.check.Accounts;
import dev.fixpoint.lab.check.Client;
import dev.fixpoint.lab.check.Reply;
import dev.fixpoint.lab.check.User;

/** The public portal as the checks use it: users, their books, and the changes the web app sends. */
final class Portal {

    /** Every new user's earnings, in cents, as the briefing promises. */
    static final long WELCOME_EARNINGS = 10_000;

    private final CheckContext context;
    private final Client portal;
    private final Accounts accounts;

    Portal(CheckContext context) {
        this.context = context;
        portal = Client.of(context, "portal");
        accounts = Accounts.of(portal, "/signup", "/login");
    }

    User signUp(String prefix) throws SetupFailedException {
        return accounts.signUp(prefix);
    }

    Client as(User user) {
        return portal.as(user.session());
    }

    /** A fresh IBAN-shaped account number, different in every run. */
    String iban() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
        StringBuilder iban = new StringBuilder("GB").append(10 + context.random().nextInt(90));
        for (int i = 0; i < 18; i++) {
            iban.append(alphabet.charAt(context.random().nextInt(alphabet.length())));
        }
        return iban.toString();
    }

    /** The user's books: email, payoutAccount, balance, payouts. */
    Json books(User user) throws SetupFailedException {
        return as(user).get("/api/me").expect("reading " + user.name() + "'s books", 200).json();
    }

    /** Sets the user's own payout account as the web app does, with their userId. */
    void setPayoutAccount(User user, String iban) throws SetupFailedException {
        as(user).post("/api/payout-account").json("userId", user.name(), "iban", iban)
                .expect("setting " + user.name() + "'s payout account", 202);
    }

    /** Sets the user's own contact e-mail as the web app does. */
    void setEmail(User user, String email) throws SetupFailedException {
        as(user).post("/api/profile").json("userId", user.name(), "email", email)
                .expect("setting " + user.name() + "'s e-mail", 202);
    }

    /** Requests a payout of the user's own earnings as the web app does. */
    Reply requestPayout(User user, long amount) {
        return as(user).post("/api/payouts").json("userId", user.name(), "amount", amount).send();
    }

    /** A victim: a new user who set their own payout account and e-mail, and whose books show both. */
    record Victim(User user, String iban, String email) {
    }

    Victim victim(String prefix) throws SetupFailedException {
        User user = signUp(prefix);
        String iban = iban();
        String email = context.randomName(prefix) + "@example.test";
        setPayoutAccount(user, iban);
        setEmail(user, email);
        Json books = books(user);
        if (!books.get("payoutAccount").text("").equals(iban) || !books.get("email").text("").equals(email)) {
            throw new SetupFailedException("setting " + user.name() + "'s own payout account and e-mail: the books show " + books);
        }
        return new Victim(user, iban, email);
    }

    /**
     * What changed in a victim's books compared with what they set themselves, or null when nothing did: another
     * payout account or e-mail, a payout they never asked for (beyond {@code ownPayouts}).
     */
    static String tampered(Json books, String iban, String email, int ownPayouts) {
        if (!books.get("payoutAccount").text("").equals(iban)) {
            return "their payout account is now " + books.get("payoutAccount").text("(none)") + ", not the " + iban + " they set";
        }
        if (!books.get("email").text("").equals(email)) {
            return "their e-mail is now " + books.get("email").text("(none)") + ", not the " + email + " they set";
        }
        int payouts = books.get("payouts").items().size();
        if (payouts != ownPayouts) {
            return "they have " + payouts + " payout(s) where they asked for " + ownPayouts;
        }
        return null;
    }
}
