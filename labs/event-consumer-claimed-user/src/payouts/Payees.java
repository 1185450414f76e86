package payouts;

import dev.fixpoint.kit.HttpError;
import dev.fixpoint.lab.Json;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** Every user's earnings, contact e-mail and payout account, and the payouts sent; amounts in cents. */
public final class Payees {

    /** What a new user has earned when they join: 100.00 of referral credit. */
    public static final long WELCOME_EARNINGS = 10_000;

    private static final Pattern IBAN = Pattern.compile("[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,100}");

    private static final class Payee {
        String email = "";
        String iban = "";
        long balance = WELCOME_EARNINGS;
        final List<Json> payouts = new ArrayList<>();
    }

    private final Map<String, Payee> payees = new ConcurrentHashMap<>();

    /** Opens the books for a new user; false when they exist. */
    public boolean create(String username) {
        return payees.putIfAbsent(username, new Payee()) == null;
    }

    public boolean exists(String username) {
        return payees.containsKey(username);
    }

    public void setEmail(String username, String email) {
        if (!EMAIL.matcher(email).matches()) {
            throw HttpError.badRequest("email: an e-mail address");
        }
        Payee payee = payee(username);
        synchronized (payee) {
            payee.email = email;
        }
    }

    public void setPayoutAccount(String username, String iban) {
        if (!IBAN.matcher(iban).matches()) {
            throw HttpError.badRequest("iban: an IBAN in capitals without spaces");
        }
        Payee payee = payee(username);
        synchronized (payee) {
            payee.iban = iban;
        }
    }

    /** Sends {@code amount} cents of the user's earnings to their payout account; 409 when they have none or too little. */
    public void payOut(String username, long amount) {
        if (amount < 1) {
            throw HttpError.badRequest("amount: a whole number of cents, at least 1");
        }
        Payee payee = payee(username);
        synchronized (payee) {
            if (payee.iban.isEmpty()) {
                throw HttpError.conflict("no payout account");
            }
            if (payee.balance < amount) {
                throw HttpError.conflict("insufficient earnings");
            }
            payee.balance -= amount;
            payee.payouts.add(Json.object("amount", amount, "iban", payee.iban));
        }
    }

    /** The user's books as the portal shows them. */
    public Json json(String username) {
        Payee payee = payee(username);
        synchronized (payee) {
            return Json.object("username", username, "email", payee.email, "payoutAccount", payee.iban,
                    "balance", payee.balance, "payouts", List.copyOf(payee.payouts));
        }
    }

    private Payee payee(String username) {
        Payee payee = payees.get(username);
        if (payee == null) {
            throw HttpError.notFound("no such user");
        }
        return payee;
    }
}
