package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.check.Reply;
import dev.fixpoint.lab.check.User;

/**
 * One after the other, a customer buys a 60.00 and a 25.00 voucher (both ship, 15.00 is left), then a 30.00 one, which
 * the wallet no longer covers: refused with 402 or 409, nothing shipped, nothing taken.
 */
public class CheckoutsWithinBalance implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Shop shop = new Shop(context);
        User alice = shop.signUp("alice");
        for (String item : new String[] {"concert-ticket", "book-token"}) {
            Reply reply = shop.checkout(alice, item).send();
            if (reply.status() != 201 || reply.json().get("voucher").get("code").text().isEmpty()) {
                return CheckResult.fail("Alice's checkout of " + item + ", which her wallet covers, answered " + reply.status()
                        + " without a voucher code.");
            }
        }
        long balance = shop.balance(alice);
        if (balance != 1_500) {
            return CheckResult.fail("After buying vouchers for 60.00 and 25.00 with 100.00 of credit, Alice's wallet shows "
                    + Shop.cents(balance) + " instead of 15.00.");
        }
        Reply refused = shop.checkout(alice, "cinema-night").send();
        if (refused.status() != 402 && refused.status() != 409) {
            return CheckResult.fail("A 30.00 checkout with 15.00 left answered " + refused.status() + ", not 402 or 409.");
        }
        int vouchers = shop.vouchers(alice).size();
        long after = shop.balance(alice);
        return CheckResult.passIf(vouchers == 2 && after == 1_500,
                "Two checkouts within the balance shipped their vouchers and left exactly 15.00; the third was refused with "
                        + refused.status() + ".",
                "After the refused checkout Alice has " + vouchers + " voucher(s) and " + Shop.cents(after)
                        + " in her wallet; expected 2 and 15.00.");
    }
}
