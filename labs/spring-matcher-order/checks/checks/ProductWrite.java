package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.Json;
import dev.fixpoint.lab.check.Canary;
import dev.fixpoint.lab.check.Reply;

import java.math.BigDecimal;

/**
 * Someone who is not staff changes the catalog: reprices a product (PUT), removes one (DELETE) or adds one (POST), at
 * {@code path} ({@code {}} is the product's id), as {@code caller}. Judged by what the administrator reads afterwards.
 */
public class ProductWrite implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Store store = new Store(context);
        String caller = context.param("caller");
        String method = context.param("method");
        String path = context.param("path");
        String who = Store.describe(caller);
        Canary name = Canary.of(context, "bargain");

        switch (method) {
            case "POST" -> {
                Reply reply = store.as(caller).call("POST", path).json("name", name.value(), "price", new BigDecimal("0.01")).send();
                Reply catalog = store.admin().get("/api/products").expect("the administrator listing the products", 200);
                return CheckResult.passIf(!name.foundIn(catalog),
                        who + " could not add a product (" + reply.status() + ").",
                        who + " added a product to the catalog with POST " + path + " (" + reply.status() + "): only staff may change the catalog.");
            }
            case "PUT" -> {
                long id = store.addProduct(context.randomName("kettle"), "45.00");
                Reply reply = store.as(caller).call("PUT", path, id).json("name", name.value(), "price", new BigDecimal("0.01")).send();
                Json product = store.product(id);
                return CheckResult.passIf(!name.value().equals(product.get("name").text("")),
                        who + " could not reprice product " + id + " (" + reply.status() + ").",
                        who + " repriced product " + id + " to 0.01 with PUT " + reply.request().target() + " (" + reply.status()
                                + "): only staff may change the catalog.");
            }
            case "DELETE" -> {
                long id = store.addProduct(context.randomName("grinder"), "99.00");
                Reply reply = store.as(caller).call("DELETE", path, id).send();
                return CheckResult.passIf(!store.product(id).isMissing(),
                        who + " could not remove product " + id + " (" + reply.status() + ").",
                        who + " removed product " + id + " with DELETE " + reply.request().target() + " (" + reply.status()
                                + "): only staff may change the catalog.");
            }
            default -> throw new IllegalArgumentException("check parameter 'method' must be POST, PUT or DELETE, not " + method);
        }
    }
}
