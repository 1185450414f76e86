package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.Json;
import dev.fixpoint.lab.check.Client;
import dev.fixpoint.lab.check.Reply;

/** Carol picks a product from the public catalog, orders it and finds the order among her own. */
public class CustomerOrders implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Store store = new Store(context);
        Client carol = store.customer();
        Reply catalog = carol.get("/api/products").send();
        long productId = catalog.json().get(0).get("id").integer().orElse(1L);
        int quantity = 2 + context.random().nextInt(7);

        Reply placed = carol.post("/api/orders").json("productId", productId, "quantity", quantity).send();
        if (placed.status() != 201) {
            return CheckResult.fail("Carol's order (POST /api/orders) answered " + placed.status() + ", not 201.");
        }
        long orderId = placed.json().get("id").integer().orElse(-1L);
        Reply mine = carol.get("/api/orders").send();
        if (mine.status() != 200) {
            return CheckResult.fail("Carol's list of orders (GET /api/orders) answered " + mine.status() + ", not 200.");
        }
        boolean listed = mine.json().items().stream().anyMatch(order -> order.get("id").integer().orElse(-2L) == orderId
                && order.get("quantity").integer().orElse(0L) == quantity);
        return CheckResult.passIf(listed, "Carol places an order and sees it in her list.",
                "Carol's order " + orderId + " is missing from GET /api/orders.");
    }
}
