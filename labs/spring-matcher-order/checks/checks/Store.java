package checks;

import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.Json;
import dev.fixpoint.lab.SetupFailedException;
import dev.fixpoint.lab.check.Client;
import dev.fixpoint.lab.check.Session;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The shop as the checks use it: the demo customer of the briefing, the administrator and anonymous callers. */
final class Store {

    static final String CUSTOMER = "carol";
    static final String CUSTOMER_PASSWORD = "carol-loves-coffee";

    private final CheckContext context;
    private final Client client;

    Store(CheckContext context) {
        this.context = context;
        this.client = Client.of(context, "store");
    }

    static Session basic(String user, String password) {
        return Session.header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    /** The API with nobody's credentials. */
    Client anonymous() {
        return client;
    }

    /** The API as Carol, the demo customer. */
    Client customer() {
        return client.as(basic(CUSTOMER, CUSTOMER_PASSWORD));
    }

    /** The API as the shop's administrator. */
    Client admin() {
        return client.as(basic("admin", context.secret("admin-password")));
    }

    /** The API as {@code caller}: "anonymous-caller" or "demo-customer" (a check's param). */
    Client as(String caller) {
        return switch (caller) {
            case "anonymous-caller" -> anonymous();
            case "demo-customer" -> customer();
            default -> throw new IllegalArgumentException("check parameter 'caller' must be anonymous-caller or demo-customer, not " + caller);
        };
    }

    /** Who {@code caller} is, for messages. */
    static String describe(String caller) {
        return caller.equals("anonymous-caller") ? "A caller without credentials" : "Carol, a customer,";
    }

    /** A new product added by the administrator; its id. */
    long addProduct(String name, String price) throws SetupFailedException {
        String step = "the administrator adding a product";
        return admin().post("/api/products").json("name", name, "price", new java.math.BigDecimal(price))
                .expect(step, 201).need(step, "id").integer()
                .orElseThrow(() -> new SetupFailedException(step + ": the id is not a whole number"));
    }

    /** The product as the administrator reads it; {@link Json#MISSING} when it is not there. */
    Json product(long id) throws SetupFailedException {
        var reply = admin().get("/api/products/{}", id).expect("the administrator reading product " + id, 200, 404);
        return reply.status() == 200 ? reply.json() : Json.MISSING;
    }

    /** A new coupon created by the administrator. */
    void addCoupon(String code, int percent) throws SetupFailedException {
        admin().post("/api/admin/coupons").json("code", code, "percent", percent)
                .expect("the administrator creating a coupon", 201);
    }

    /** Whether the administrator's list of coupons holds {@code code}. */
    boolean couponExists(String code) throws SetupFailedException {
        return admin().get("/api/admin/coupons").expect("the administrator listing the coupons", 200).json().items().stream()
                .anyMatch(coupon -> code.equals(coupon.get("code").text("")));
    }
}
