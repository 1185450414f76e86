package previews;

import dev.fixpoint.kit.net.FetchResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.net.URI;

/** Reads a fetched page's title and summary, the way chat apps build link cards (Open Graph first, then HTML). */
final class PageSummary {

    private static final int SNIPPET_LENGTH = 280;

    private PageSummary() {
    }

    static Preview of(URI url, FetchResponse page) {
        Document document = Jsoup.parse(page.text(), url.toString());
        String title = first(meta(document, "meta[property=og:title]"), document.title(), url.getHost());
        String body = document.body() == null ? "" : document.body().text();
        String snippet = first(meta(document, "meta[property=og:description]"), meta(document, "meta[name=description]"), body);
        if (snippet.length() > SNIPPET_LENGTH) {
            snippet = snippet.substring(0, SNIPPET_LENGTH - 1) + "…";
        }
        return new Preview(url.toString(), title, snippet);
    }

    private static String meta(Document document, String selector) {
        Element element = document.selectFirst(selector);
        return element == null ? "" : element.attr("content");
    }

    private static String first(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate.strip();
            }
        }
        return "";
    }
}
