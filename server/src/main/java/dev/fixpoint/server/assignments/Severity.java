package dev.fixpoint.server.assignments;

import dev.fixpoint.findings.Finding;

/** How urgent a finding is, which sets the due date of the training it triggers. */
public enum Severity {
    CRITICAL, HIGH, MEDIUM, LOW;

    /**
     * The severity of a scanner result: its {@code security-severity} score when it has one (CVSS bands: 9.0 and
     * above critical, 7.0 high, 4.0 medium), else its level (error high, warning medium, note and none low).
     */
    public static Severity of(Finding finding) {
        if (finding.securitySeverity().isPresent()) {
            double score = finding.securitySeverity().getAsDouble();
            return score >= 9.0 ? CRITICAL : score >= 7.0 ? HIGH : score >= 4.0 ? MEDIUM : LOW;
        }
        return switch (finding.level()) {
            case ERROR -> HIGH;
            case WARNING -> MEDIUM;
            case NOTE, NONE -> LOW;
        };
    }
}
