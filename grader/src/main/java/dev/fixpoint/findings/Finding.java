package dev.fixpoint.findings;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * One result of a scanner that is not suppressed.
 *
 * @param tool             the run's {@code tool.driver.name}, empty when the file names no tool
 * @param ruleId           the result's rule id, empty when neither the result nor a rule gives one
 * @param ruleName         the rule's {@code name}, else its short description, else empty
 * @param message          the result's message text (placeholders filled in), else the rule's short description
 * @param cwes             CWE numbers, ascending and distinct; empty when neither the file nor the rule map names one
 * @param cweSource        where {@code cwes} came from
 * @param location         the first physical location, or {@code null} when the result has none
 * @param level            the result's level, else the rule's default level, else {@link Level#WARNING}
 * @param securitySeverity the {@code security-severity} property (0.0-10.0) of the result, else of its rule
 * @param fingerprints     {@code fingerprints} then {@code partialFingerprints} (prefixed {@code partial:}), by name
 * @param baselineState    the result's comparison with a baseline scan
 */
public record Finding(String tool, String ruleId, String ruleName, String message, List<Integer> cwes,
                      CweSource cweSource, Location location, Level level, OptionalDouble securitySeverity,
                      Map<String, String> fingerprints, BaselineState baselineState) {

    public Finding {
        cwes = List.copyOf(cwes);
        fingerprints = Map.copyOf(fingerprints);
    }

    /**
     * Where a result points.
     *
     * @param uri       the artifact URI resolved against its {@code uriBaseId} when the file defines that base, else as written
     * @param written   the artifact URI as the result (or the artifact it indexes) writes it
     * @param startLine the region's first line, 0 when the file gives none
     */
    public record Location(String uri, String written, int startLine) {
    }

    /** The SARIF {@code level} of a result. */
    public enum Level { ERROR, WARNING, NOTE, NONE }

    /**
     * The SARIF {@code baselineState}: {@link #ABSENT} is SARIF's "in the baseline, gone from this scan";
     * {@link #NOT_COMPARED} is a result without the property (or with a value SARIF does not define).
     */
    public enum BaselineState { NEW, UNCHANGED, UPDATED, ABSENT, NOT_COMPARED }

    /** Where a finding's CWEs were found. */
    public enum CweSource {
        /** The SARIF file itself: rule tags, properties, taxonomy relationships, taxa, rule id or name, CWE help link. */
        FILE,
        /** The shipped rule-to-CWE map, for tools that name no CWE. */
        RULE_MAP,
        /** Nowhere. */
        NONE
    }
}
