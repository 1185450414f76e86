package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.check.Reply;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * At {@code endpoint} (param, default the JSON list): every product comes back, in order, for each sort key the shop
 * offers in both directions, and by name, lowest first, when the request names neither.
 */
public class SortsByEachKey implements Check {

    @Override
    public CheckResult run(CheckContext context) {
        Catalogue catalogue = new Catalogue(context);
        String endpoint = context.params().getOrDefault("endpoint", Catalogue.LIST);
        String failure = judge(catalogue.sorted(endpoint, null, null).send(), "name", false, endpoint + " without sort or dir");
        for (String key : List.of("name", "price", "rating")) {
            for (String dir : List.of("asc", "desc")) {
                if (failure == null) {
                    failure = judge(catalogue.sorted(endpoint, key, dir).send(), key, dir.equals("desc"),
                            endpoint + "?sort=" + key + "&dir=" + dir);
                }
            }
        }
        return failure == null
                ? CheckResult.pass("GET " + endpoint + " sorts every product by name, price and rating, both ways.")
                : CheckResult.fail(failure);
    }

    private static String judge(Reply reply, String key, boolean descending, String request) {
        Optional<List<Catalogue.Row>> rows = Catalogue.rows(reply);
        if (rows.isEmpty()) {
            return "GET " + request + " answered " + reply.status() + " without the product list.";
        }
        List<Catalogue.Row> products = rows.get();
        if (products.size() != Catalogue.PRODUCTS || new HashSet<>(products.stream().map(Catalogue.Row::id).toList()).size() != Catalogue.PRODUCTS) {
            return "GET " + request + " answered " + products.size() + " products, not the catalogue's " + Catalogue.PRODUCTS + ".";
        }
        Comparator<Catalogue.Row> order = switch (key) {
            case "name" -> Comparator.comparing(Catalogue.Row::name);
            case "price" -> Comparator.comparing(Catalogue.Row::price, Comparator.nullsFirst(Comparator.naturalOrder()));
            default -> Comparator.comparing(Catalogue.Row::rating, Comparator.nullsFirst(Comparator.naturalOrder()));
        };
        if (descending) {
            order = order.reversed();
        }
        for (int i = 1; i < products.size(); i++) {
            if (order.compare(products.get(i - 1), products.get(i)) > 0) {
                return "GET " + request + " did not answer the products by " + key + (descending ? ", highest first" : ", lowest first")
                        + ": " + products.get(i - 1).name() + " comes before " + products.get(i).name() + ".";
            }
        }
        return null;
    }
}
