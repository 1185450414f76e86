package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;

/**
 * A name with an apostrophe (O'Reilly) is found by searching for the apostrophe too. The flaw breaks this search (the
 * quote ends the SQL literal), and so does a fix that strips or rejects quotes: only one that sends the text as data keeps it.
 */
public class SearchFindsQuotedNames implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Products products = new Products(context);
        String word = context.randomName("reilly");
        String name = "O'" + word + "'s Barista " + context.randomName("quoted");
        products.add(name);
        return CheckResult.passIf(Products.containsName(products.search("O'" + word + "'s"), name),
                "A name with apostrophes is found by searching for it as typed.",
                "Searching for a name with an apostrophe, as typed, did not find the product: quotes must be searchable text.");
    }
}
