package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.check.Client;
import dev.fixpoint.lab.check.Reply;

import java.util.List;
import java.util.Optional;

/** The list still filters by category and pages through the sorted catalogue. */
public class FiltersAndPages implements Check {

    @Override
    public CheckResult run(CheckContext context) {
        Client shop = Client.of(context, "shop");
        Reply brewers = shop.get(Catalogue.LIST).query("category", "brewers").query("sort", "price").query("dir", "desc").send();
        Optional<List<Long>> brewerIds = Catalogue.ids(brewers);
        if (!brewerIds.equals(Optional.of(List.of(3L, 1L, 8L)))) {
            return CheckResult.fail("GET /api/products?category=brewers&sort=price&dir=desc answered " + brewers.status()
                    + " without the three brewers, most expensive first.");
        }
        Reply second = shop.get(Catalogue.LIST).query("sort", "name").query("page", 1).query("size", 5).send();
        Optional<List<Long>> secondIds = Catalogue.ids(second);
        return CheckResult.passIf(secondIds.equals(Optional.of(List.of(6L, 7L, 8L, 9L, 10L))),
                "The list filters by category and pages through the sorted catalogue.",
                "GET /api/products?sort=name&page=1&size=5 answered " + second.status()
                        + " without the sixth to tenth products by name.");
    }
}
