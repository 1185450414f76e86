package checks;

import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.Json;
import dev.fixpoint.lab.SetupFailedException;
import dev.fixpoint.lab.check.Client;
import dev.fixpoint.lab.check.Reply;

/** Adding and searching products through the shop's API, as the functional checks do. */
final class Products {

    private final Client shop;

    Products(CheckContext context) {
        this.shop = Client.of(context, "shop");
    }

    void add(String name) throws SetupFailedException {
        shop.post("/products").json("name", name, "description", "added by a check", "price", "12.50")
                .expect("adding the product " + name, 201);
    }

    /** The products a search lists; an empty array when it does not answer 200 with an array. */
    Json search(String text) {
        Reply reply = shop.get("/products/search").query("q", text).send();
        return reply.status() == 200 && reply.json().kind() == Json.Kind.ARRAY ? reply.json() : Json.array();
    }

    static boolean containsName(Json results, String name) {
        return results.items().stream().anyMatch(product -> name.equals(product.get("name").text(null)));
    }
}
