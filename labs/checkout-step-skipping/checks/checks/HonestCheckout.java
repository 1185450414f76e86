package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.Json;
import dev.fixpoint.lab.check.User;

import java.util.List;

/** A customer fills an order with two products, pays its exact total with its reference, confirms and ships it. */
public class HonestCheckout implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Store store = new Store(context);
        User alice = store.signUp("alice");
        long order = store.order(alice, "headphones", 1, "usb-cable", 2);
        long total = store.total(alice, order);
        if (total != 26_700) {
            return CheckResult.fail("Order " + order + " of headphones and two cables shows a total of " + Store.cents(total) + ", not 267.00.");
        }
        String payment = store.pay(total, "order-" + order);
        store.confirmAndShip(alice, order, payment);
        String status = store.read(alice, order).get("status").text("");
        List<Json> parcels = store.parcels(alice);
        long shipped = Store.shippedValue(parcels).getOrDefault(Long.toString(order), 0L);
        return CheckResult.passIf(status.equals("shipped") && shipped == total,
                "Alice paid 267.00 for her order, confirmed it and had it shipped.",
                "After paying 267.00 and confirming, Alice's order shows '" + status + "' and the warehouse shipped "
                        + Store.cents(shipped) + " of goods for it.");
    }
}
