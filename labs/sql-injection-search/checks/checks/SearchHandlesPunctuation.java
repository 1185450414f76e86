package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;

/** Names with double quotes, dashes and other SQL-looking characters are ordinary text: they are found like any other. */
public class SearchHandlesPunctuation implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Products products = new Products(context);
        String name = "Barista \"Pro\" -- 2-in-1; " + context.randomName("tamper");
        products.add(name);
        return CheckResult.passIf(Products.containsName(products.search("\"Pro\" -- 2-in-1;"), name),
                "A name with double quotes, dashes and a semicolon is found.",
                "Searching for \"Pro\" -- 2-in-1; did not find the product with that name: punctuation must be searchable text.");
    }
}
