package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.check.Reply;

import java.math.BigDecimal;

/** The administrator adds a product, reprices it (anyone then sees the new price) and removes it. */
public class AdminManagesProducts implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Store store = new Store(context);
        String name = context.randomName("cold-brew-kit");
        Reply added = store.admin().post("/api/products").json("name", name, "price", new BigDecimal("32.50")).send();
        if (added.status() != 201) {
            return CheckResult.fail("The administrator's POST /api/products answered " + added.status() + ", not 201.");
        }
        long id = added.json().get("id").integer().orElse(-1L);
        Reply repriced = store.admin().put("/api/products/{}", id).json("name", name, "price", new BigDecimal("28.00")).send();
        if (repriced.status() != 200) {
            return CheckResult.fail("The administrator's PUT /api/products/" + id + " answered " + repriced.status() + ", not 200.");
        }
        Reply seen = store.anonymous().get("/api/products/{}", id).send();
        boolean newPrice = seen.status() == 200
                && seen.json().get("price").number().filter(price -> price.compareTo(new BigDecimal("28.00")) == 0).isPresent();
        if (!newPrice) {
            return CheckResult.fail("After the administrator's price change, GET /api/products/" + id + " without a login answered "
                    + seen.status() + " without the new price.");
        }
        Reply removed = store.admin().delete("/api/products/{}", id).send();
        if (removed.status() != 204) {
            return CheckResult.fail("The administrator's DELETE /api/products/" + id + " answered " + removed.status() + ", not 204.");
        }
        return CheckResult.passIf(store.product(id).isMissing(), "The administrator adds, reprices and removes a product.",
                "The product the administrator removed is still in the catalog.");
    }
}
