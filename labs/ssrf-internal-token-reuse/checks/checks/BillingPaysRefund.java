package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.check.Client;
import dev.fixpoint.lab.check.Reply;
import dev.fixpoint.lab.check.User;

import java.math.BigDecimal;

/**
 * The finance back office, inside the network, approves a customer's refund at billing; billing pays it into the
 * customer's store credit through the gateway's admin API, and the customer sees it.
 */
public class BillingPaysRefund implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Shop shop = new Shop(context);
        User customer = shop.signUp("customer");
        Reply approved = Client.of(context, "billing").post("/internal/refunds")
                .json("username", customer.name(), "amount", "37.50", "reason", "damaged parcel").send();
        BigDecimal credit = shop.credit(customer);
        return CheckResult.passIf(credit.compareTo(new BigDecimal("37.50")) == 0,
                "Billing paid the approved refund into " + customer.name() + "'s store credit through the gateway.",
                "Billing's refund of 37.50 EUR to " + customer.name() + " did not arrive: billing answered " + approved.status()
                        + " " + approved.body() + ", and the customer's store credit is " + credit + ".");
    }
}
