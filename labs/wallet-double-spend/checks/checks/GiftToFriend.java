package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.check.Reply;
import dev.fixpoint.lab.check.User;

/**
 * Dave sends Erin 30.00 (both balances move by exactly that), then tries to send 80.00 with 70.00 left (refused,
 * nothing moves); Erin then buys the 100.00 gift card with the 130.00 she has.
 */
public class GiftToFriend implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Shop shop = new Shop(context);
        User dave = shop.signUp("dave");
        User erin = shop.signUp("erin");
        Reply sent = shop.gift(dave, erin, 3_000).send();
        if (sent.status() != 201) {
            return CheckResult.fail("Dave's gift of 30.00, which his wallet covers, answered " + sent.status() + ".");
        }
        if (shop.balance(dave) != 7_000 || shop.balance(erin) != 13_000) {
            return CheckResult.fail("After a gift of 30.00 Dave has " + Shop.cents(shop.balance(dave)) + " and Erin "
                    + Shop.cents(shop.balance(erin)) + "; expected 70.00 and 130.00.");
        }
        Reply refused = shop.gift(dave, erin, 8_000).send();
        if (refused.status() != 402 && refused.status() != 409) {
            return CheckResult.fail("A gift of 80.00 with 70.00 left answered " + refused.status() + ", not 402 or 409.");
        }
        if (shop.balance(dave) != 7_000 || shop.balance(erin) != 13_000) {
            return CheckResult.fail("The refused gift moved money: Dave has " + Shop.cents(shop.balance(dave)) + " and Erin "
                    + Shop.cents(shop.balance(erin)) + ".");
        }
        Reply bought = shop.checkout(erin, "gift-card-100").send();
        return CheckResult.passIf(bought.status() == 201 && shop.balance(erin) == 3_000,
                "Gifts move exactly their amount, a gift beyond the balance is refused, and the credit received can be spent.",
                "Erin's 100.00 checkout with 130.00 in her wallet answered " + bought.status() + " and left "
                        + Shop.cents(shop.balance(erin)) + ".");
    }
}
