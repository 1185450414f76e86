package dev.fixpoint.server.findings;

/**
 * What the leads' inbox shows; each {@code null} field means "any".
 */
record InboxFilter(String repository, Integer cwe, String developer, FindingStatus status) {

    static InboxFilter of(String repository, Integer cwe, String developer, FindingStatus status) {
        return new InboxFilter(blankToNull(repository), cwe, blankToNull(developer), status);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
