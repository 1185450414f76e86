package dev.fixpoint.server.assignments;

/**
 * The scanner finding that made an assignment: what the developer sees under "Why you are seeing this".
 *
 * @param commit the commit the finding was first uploaded for
 * @param cwe    the CWE that led to the lab, or {@code null}
 * @param file   the file the scanner pointed at, or {@code null}
 * @param line   the line in that file, 0 when the scanner gave none
 */
public record Trigger(long findingId, String repository, String commit, String ref, String tool, String ruleId, String message,
                      Integer cwe, String file, int line) {
}
