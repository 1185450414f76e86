package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.check.Reply;
import dev.fixpoint.lab.check.User;

/**
 * A customer cancels a paid order (the shop refunds it) and an order still in the cart; asking to ship either is
 * refused, and the warehouse ships neither. A third order, paid and confirmed, still ships.
 */
public class CancelledOrdersStay implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Store store = new Store(context);
        User alice = store.signUp("alice");
        long paid = store.order(alice, "camera", 1);
        store.step(alice, paid, "paid", "paymentId", store.pay(store.total(alice, paid), "order-" + paid));
        store.step(alice, paid, "cancelled");
        long cart = store.order(alice, "phone-case", 1);
        store.step(alice, cart, "cancelled");
        long kept = store.order(alice, "usb-cable", 1);
        store.step(alice, kept, "paid", "paymentId", store.pay(store.total(alice, kept), "order-" + kept));

        Reply shipPaid = store.transition(alice, paid, "shipped", "address", store.address());
        Reply shipCart = store.transition(alice, cart, "shipped", "address", store.address());
        Reply shipKept = store.transition(alice, kept, "shipped", "address", store.address());
        var shipped = Store.shippedValue(store.parcels(alice));
        if (shipPaid.status() / 100 != 4 || shipCart.status() / 100 != 4 || shipped.containsKey(Long.toString(paid))
                || shipped.containsKey(Long.toString(cart))) {
            return CheckResult.fail("Shipping a cancelled order answered " + shipPaid.status() + " (paid, then cancelled) and "
                    + shipCart.status() + " (cancelled in the cart); the warehouse shipped " + shipped.keySet() + ".");
        }
        return CheckResult.passIf(shipKept.status() == 200 && shipped.containsKey(Long.toString(kept)),
                "Cancelled orders were refused and the paid order next to them shipped.",
                "The paid order next to the cancelled ones answered " + shipKept.status() + " when shipped.");
    }
}
