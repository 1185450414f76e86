package dev.fixpoint.cli;

/** Untrusted text (SARIF messages, rule names, URIs) made safe to put inline in a GitHub-flavoured Markdown comment. */
final class MarkdownText {

    private static final int MAX_LENGTH = 300;

    private MarkdownText() {
    }

    /**
     * Renders as the literal text: every ASCII punctuation character is backslash-escaped (so no HTML, link, code
     * span, emphasis or table cell break), line breaks and control characters become spaces, and long text is cut.
     */
    static String escape(String text) {
        String oneLine = text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) + "…" : text;
        StringBuilder escaped = new StringBuilder(oneLine.length() + 16);
        for (int i = 0; i < oneLine.length(); i++) {
            char c = oneLine.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                escaped.append(' ');
            } else if (c < 128 && isPunctuation(c)) {
                escaped.append('\\').append(c);
                // A zero-width space after '@' keeps GitHub from pinging a user or team the scanner text names.
                if (c == '@') {
                    escaped.append('\u200B');
                }
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static boolean isPunctuation(char c) {
        return "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0;
    }
}
