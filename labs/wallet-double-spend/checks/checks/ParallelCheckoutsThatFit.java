package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.check.Call;
import dev.fixpoint.lab.check.Parallel;
import dev.fixpoint.lab.check.Reply;
import dev.fixpoint.lab.check.User;

import java.util.List;

/**
 * A customer with two browser tabs open buys four vouchers at the same instant, 75.00 in all with 100.00 of credit:
 * every one of them must go through and ship.
 */
public class ParallelCheckoutsThatFit implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Shop shop = new Shop(context);
        User carol = shop.signUp("carol");
        List<Call> calls = List.of(shop.checkout(carol, "coffee-card"), shop.checkout(carol, "book-token"),
                shop.checkout(carol, "cinema-night"), shop.checkout(carol, "coffee-card"));
        List<Reply> replies = Parallel.send(calls);
        List<Integer> statuses = replies.stream().map(Reply::status).toList();
        int vouchers = shop.vouchers(carol).size();
        return CheckResult.passIf(statuses.stream().allMatch(status -> status == 201) && vouchers == 4,
                "Four checkouts at once, 75.00 in all, all went through and shipped.",
                "Four checkouts sent at once, 75.00 in all with 100.00 of credit, answered " + statuses + " and shipped "
                        + vouchers + " voucher(s): checkouts the wallet covers must all succeed, however close together they come.");
    }
}
