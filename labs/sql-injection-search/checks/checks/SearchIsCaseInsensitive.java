package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;

import java.util.Locale;

/** Search ignores case, as the vulnerable version did. */
public class SearchIsCaseInsensitive implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Products products = new Products(context);
        String name = "Tamper " + context.randomName("station");
        products.add(name);
        return CheckResult.passIf(Products.containsName(products.search(name.toUpperCase(Locale.ROOT)), name),
                "Search ignores case.", "Searching in upper case did not find the product.");
    }
}
