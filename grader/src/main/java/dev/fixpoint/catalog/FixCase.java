package dev.fixpoint.catalog;

import java.util.List;
import java.util.SortedMap;

/**
 * A fix a lab carries to prove its checks both ways: a tempting fix that must not pass (the verdict it must get, why,
 * and optionally the checks that must catch it), or a correct fix in another style than the reference solution, which
 * must be SECURE. It lives in {@code tempting/<name>/} or {@code alternatives/<name>/}: a {@code case.yaml} and the fixed
 * versions of some of the lab's editable files at their paths; the other editable files stay as the starter code has them.
 *
 * @param name     the folder's name
 * @param why      what the fix does, and for a tempting one why it fails
 * @param expected the verdict it must get: SECURE for an alternative
 * @param caughtBy checks that must fail on it (a tempting fix), by name; empty when any may
 * @param files    the fixed files, by editable path
 */
public record FixCase(String name, Kind kind, Expected expected, String why, List<String> caughtBy, SortedMap<String, String> files) {

    /** Which of the lab's folders the case is in. */
    public enum Kind {
        TEMPTING("tempting"), ALTERNATIVE("alternatives");

        private final String folder;

        Kind(String folder) {
            this.folder = folder;
        }

        public String folder() {
            return folder;
        }
    }

    /** The verdicts a case may require: an alternative is SECURE; a tempting fix still lets an exploit through or breaks the feature. */
    public enum Expected { SECURE, VULNERABLE, BROKEN }

    /** Where it is in the lab, such as {@code tempting/escaped-quotes}. */
    public String path() {
        return kind.folder() + "/" + name;
    }
}
