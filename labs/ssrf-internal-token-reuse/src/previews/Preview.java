package previews;

/**
 * The card shown under a link in a post or a message.
 *
 * @param url     the page the card describes (after redirects)
 * @param title   the page's title
 * @param snippet a short summary of the page
 */
public record Preview(String url, String title, String snippet) {
}
