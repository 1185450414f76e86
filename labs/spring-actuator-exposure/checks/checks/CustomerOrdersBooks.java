package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.check.Reply;

/** Anyone browses the catalog; Dana orders a book, paid through the provider, and finds it among her orders. */
public class CustomerOrdersBooks implements Check {

    @Override
    public CheckResult run(CheckContext context) {
        Bookshop shop = new Bookshop(context);
        Reply catalog = shop.anonymous().get("/api/books").send();
        if (catalog.status() != 200 || !catalog.contains("Middlemarch")) {
            return CheckResult.fail("GET /api/books without a login answered " + catalog.status() + " without the catalog.");
        }
        Reply order = shop.customer().post("/api/orders").json("bookId", 2, "quantity", 2).send();
        String payment = order.json().get("payment").text("");
        if (order.status() != 201 || !payment.startsWith("ch_")) {
            return CheckResult.fail("Dana's POST /api/orders answered " + order.status() + " without a payment reference.");
        }
        Reply orders = shop.customer().get("/api/orders").send();
        return CheckResult.passIf(orders.status() == 200 && orders.contains(payment),
                "Anyone browses the catalog, and Dana orders and pays for a book.",
                "Dana's GET /api/orders answered " + orders.status() + " without the order she had just paid for.");
    }
}
