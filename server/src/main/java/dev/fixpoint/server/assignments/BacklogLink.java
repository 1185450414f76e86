package dev.fixpoint.server.assignments;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/**
 * A backlog item a lead links to a finding or an assignment: a Jira issue key ({@code PAY-123}) or the URL of a
 * GitHub or GitLab issue ({@code https://github.com/acme/payments/issues/42},
 * {@code https://gitlab.example.com/acme/payments/-/issues/42}), self-hosted instances included.
 */
public record BacklogLink(String value) {

    private static final Pattern JIRA_KEY = Pattern.compile("[A-Z][A-Z0-9_]{1,9}-[1-9][0-9]{0,8}");
    private static final Pattern ISSUE_PATH = Pattern.compile("(/[^/]+){2,}/(-/)?(issues|work_items)/[1-9][0-9]{0,9}/?");
    private static final int MAX_LENGTH = 500;

    /**
     * @throws IllegalArgumentException saying what a backlog link may be
     */
    public BacklogLink {
        if (value == null || value.length() > MAX_LENGTH || !(JIRA_KEY.matcher(value).matches() || isIssueUrl(value))) {
            throw new IllegalArgumentException("A backlog link is a Jira key such as PAY-123 or the URL of a GitHub or GitLab issue, "
                    + "such as https://github.com/acme/payments/issues/42; '" + abbreviate(value) + "' is neither");
        }
    }

    /** The link in a form field: blank clears it, so {@code null}. */
    public static BacklogLink parseOrNull(String text) {
        return text == null || text.isBlank() ? null : new BacklogLink(text.strip());
    }

    /** The address to link to, or {@code null} for a Jira key (the installation's Jira address is not known). */
    public String href() {
        return isIssueUrl(value) ? value : null;
    }

    private static boolean isIssueUrl(String text) {
        try {
            URI uri = new URI(text);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null
                    && uri.getRawUserInfo() == null && uri.getRawQuery() == null && uri.getRawFragment() == null
                    && uri.getRawPath() != null && ISSUE_PATH.matcher(uri.getRawPath()).matches();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() > 80 ? text.substring(0, 80) + "..." : text;
    }
}
