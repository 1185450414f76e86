package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;

import java.util.Locale;

/** Search ignores case, as the vulnerable version did. */
public class SearchIsCaseInsensitive implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        String name = "Tamper " + context.randomName("station");
        if (Products.add(context, name).status() != 201) {
            return CheckResult.fail("Adding a product failed.");
        }
        return CheckResult.passIf(Products.containsName(Products.search(context, name.toUpperCase(Locale.ROOT)), name),
                "Search ignores case.", "Searching in upper case did not find the product.");
    }
}
