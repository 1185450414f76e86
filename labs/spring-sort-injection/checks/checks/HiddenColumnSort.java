package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.check.Reply;

import java.util.List;
import java.util.Optional;

/**
 * Sorts by a column the shop never shows ({@code sort} and {@code dir} params, at {@code endpoint}): if the products come
 * back in the order of their cost price, the answer tells a competitor which products carry the biggest margins.
 */
public class HiddenColumnSort implements Check {

    /** The demo products by cost price, cheapest first (data.sql): unlike any order of name, price or rating. */
    private static final List<Long> BY_COST = List.of(4L, 10L, 5L, 8L, 9L, 7L, 12L, 1L, 3L, 11L, 2L, 6L);

    @Override
    public CheckResult run(CheckContext context) {
        String endpoint = context.params().getOrDefault("endpoint", Catalogue.LIST);
        String sort = context.param("sort");
        String dir = context.param("dir");
        Reply reply = new Catalogue(context).sorted(endpoint, sort, dir).send();
        Optional<List<Long>> ids = Catalogue.ids(reply);
        List<Long> byCost = dir.equalsIgnoreCase("desc") ? BY_COST.reversed() : BY_COST;
        return CheckResult.passIf(ids.isEmpty() || !ids.get().equals(byCost),
                "Sorting " + endpoint + " by a column the shop does not show gave nothing away (status " + reply.status() + ").",
                "GET " + endpoint + " sorted by " + sort + " answered the products in the order of their cost price: any column"
                        + " of the table is a sort key, and the order leaks what the shop pays its suppliers.");
    }
}
