package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.SetupFailedException;
import dev.fixpoint.lab.check.Call;
import dev.fixpoint.lab.check.Parallel;
import dev.fixpoint.lab.check.Reply;
import dev.fixpoint.lab.check.User;

import java.util.ArrayList;
import java.util.List;

/**
 * A new customer spends their wallet several times at the same instant (param {@code spends}: comma-separated
 * {@code checkout ITEM} and {@code gift CENTS}, the gifts to an accomplice). Whatever the shop accepts or refuses,
 * the money must add up afterwards: the balance left, the vouchers shipped and the credit the accomplice received
 * together equal the welcome credit, and the balance is never negative. The race is run a few times with new customers.
 */
public class RaceToSpend implements Check {

    /**
     * How many times the race is run, each time with new customers. A payment that arrives a little late (the services
     * are busy with other requests) may miss the window once; a correct fix adds up every time.
     */
    private static final int ATTEMPTS = 5;

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Shop shop = new Shop(context);
        String outcome = "";
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            Race race = race(shop, context.param("spends"));
            outcome = race.outcome();
            if (!race.addsUp()) {
                return CheckResult.fail("The same credit was spent more than once: " + outcome + " Every payment read the"
                        + " balance before any of them wrote it back, so each one passed the check and each one took its"
                        + " amount from the same starting balance.");
            }
        }
        return CheckResult.pass("The money adds up, " + ATTEMPTS + " times over; the last time: " + outcome);
    }

    private record Race(boolean addsUp, String outcome) {
    }

    private static Race race(Shop shop, String spendList) throws SetupFailedException {
        User mallory = shop.signUp("mallory");
        String[] spends = spendList.split(",");
        boolean gifts = spendList.contains("gift");
        User accomplice = gifts ? shop.signUp("accomplice") : null;
        long start = shop.balance(mallory);
        if (start != Shop.WELCOME_CREDIT) {
            throw new SetupFailedException("a new customer's wallet holds " + Shop.cents(start) + ", not the welcome credit");
        }
        long accompliceStart = gifts ? shop.balance(accomplice) : 0;

        List<Call> calls = new ArrayList<>();
        for (String spend : spends) {
            String[] parts = spend.trim().split(" ");
            calls.add(parts[0].equals("gift") ? shop.gift(mallory, accomplice, Long.parseLong(parts[1])) : shop.checkout(mallory, parts[1]));
        }
        List<Reply> replies = Parallel.send(calls);
        long accepted = replies.stream().filter(Reply::isSuccess).count();

        int vouchers = shop.vouchers(mallory).size();
        long voucherValue = shop.voucherValue(mallory);
        long gifted = gifts ? shop.balance(accomplice) - accompliceStart : 0;
        long left = shop.balance(mallory);
        String outcome = calls.size() + " payments sent at once (" + spendList + "): " + accepted + " accepted; "
                + vouchers + " voucher(s) worth " + Shop.cents(voucherValue) + " shipped"
                + (gifts ? ", " + Shop.cents(gifted) + " arrived in the accomplice's wallet" : "")
                + ", and the wallet shows " + Shop.cents(left) + " left of " + Shop.cents(start) + ".";
        return new Race(left >= 0 && left + voucherValue + gifted == start, outcome);
    }
}
