package checks;

import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.Json;
import dev.fixpoint.lab.SetupFailedException;
import dev.fixpoint.lab.check.Accounts;
import dev.fixpoint.lab.check.Call;
import dev.fixpoint.lab.check.Client;
import dev.fixpoint.lab.check.User;

import java.util.List;

/** The public shop as the checks use it: customers, their wallet balance, their vouchers, checkouts and gifts. */
final class Shop {

    /** Every new customer's welcome credit, in cents, as the briefing promises. */
    static final long WELCOME_CREDIT = 10_000;

    private final Client client;
    private final Accounts accounts;

    Shop(CheckContext context) {
        client = Client.of(context, "shop");
        accounts = Accounts.of(client, "/signup", "/login");
    }

    /** A new customer with a random name, logged in. */
    User signUp(String prefix) throws SetupFailedException {
        return accounts.signUp(prefix);
    }

    Client as(User user) {
        return client.as(user.session());
    }

    /** The customer's wallet balance in cents. */
    long balance(User user) throws SetupFailedException {
        String step = "reading " + user.name() + "'s wallet balance";
        return as(user).get("/wallet").expect(step, 200).need(step, "balance").integer()
                .orElseThrow(() -> new SetupFailedException(step + ": the balance is not a whole number of cents"));
    }

    /** The vouchers shipped to the customer. */
    List<Json> vouchers(User user) throws SetupFailedException {
        List<Json> vouchers = as(user).get("/vouchers").expect("listing " + user.name() + "'s vouchers", 200).json().items();
        return vouchers == null ? List.of() : vouchers;
    }

    /** The sum of the prices of the vouchers shipped to the customer. */
    long voucherValue(User user) throws SetupFailedException {
        return vouchers(user).stream().mapToLong(voucher -> voucher.get("price").integer().orElse(0L)).sum();
    }

    /** A checkout of one {@code item}, not yet sent. */
    Call checkout(User user, String item) {
        return as(user).post("/checkout").json("item", item);
    }

    /** A gift of {@code amount} cents to {@code friend}, not yet sent. */
    Call gift(User user, User friend, long amount) {
        return as(user).post("/gifts").json("to", friend.name(), "amount", amount);
    }

    static String cents(long cents) {
        return (cents < 0 ? "-" : "") + Math.abs(cents) / 100 + "." + String.format("%02d", Math.abs(cents) % 100);
    }
}
