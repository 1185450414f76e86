package dev.fixpoint.findings;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a SARIF log holds, all runs together.
 *
 * @param findings   the results kept, in file order
 * @param results    how many result objects the file has
 * @param suppressed results skipped because they carry an accepted suppression
 * @param notNew     results skipped by {@link SarifReader.Options#onlyNew()} because a baseline already had them
 * @param notProblems results skipped because their {@code kind} is {@code pass} or {@code notApplicable}
 * @param warnings   parts of the file that were ignored, each saying where and why
 */
public record SarifFile(List<Finding> findings, int results, int suppressed, int notNew, int notProblems,
                        List<String> warnings) {

    public SarifFile {
        findings = List.copyOf(findings);
        warnings = List.copyOf(warnings);
    }

    /** Every CWE named by any finding, ascending. */
    public Set<Integer> cwes() {
        Set<Integer> all = new TreeSet<>();
        findings.forEach(finding -> all.addAll(finding.cwes()));
        return all;
    }
}
