package checks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;

/** A newly added product is found by a part of its name, and a search for something else does not list it. */
public class SearchFindsProduct implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        String name = context.randomName("kettle");
        if (Products.add(context, name).status() != 201) {
            return CheckResult.fail("Adding a product failed.");
        }
        JsonNode found = Products.search(context, name.substring(3, name.length() - 2));
        if (!Products.containsName(found, name)) {
            return CheckResult.fail("Searching for part of a product's name did not find it.");
        }
        JsonNode other = Products.search(context, "grinder");
        return CheckResult.passIf(other != null && other.size() == 1 && !Products.containsName(other, name),
                "Search finds products by part of their name, and only those.",
                "Searching for 'grinder' should list exactly the coffee grinder.");
    }
}
