package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.Json;

/** A newly added product is found by a part of its name, and a search for something else does not list it. */
public class SearchFindsProduct implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Products products = new Products(context);
        String name = context.randomName("kettle");
        products.add(name);
        if (!Products.containsName(products.search(name.substring(3, name.length() - 2)), name)) {
            return CheckResult.fail("Searching for part of a product's name did not find it.");
        }
        Json other = products.search("grinder");
        return CheckResult.passIf(other.items().size() == 1 && !Products.containsName(other, name),
                "Search finds products by part of their name, and only those.",
                "Searching for 'grinder' should list exactly the coffee grinder.");
    }
}
