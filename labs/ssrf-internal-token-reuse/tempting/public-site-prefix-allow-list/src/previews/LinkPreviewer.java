package previews;

import dev.fixpoint.kit.net.Dns;
import dev.fixpoint.kit.net.FetchResponse;
import dev.fixpoint.kit.net.HttpFetcher;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

/** Builds the preview card for a link a user posted: fetches the page, following redirects, and summarises it. */
public class LinkPreviewer {

    private static final int MAX_REDIRECTS = 5;
    /** The sites our users link to; nothing else gets a preview. */
    private static final List<String> ALLOWED = List.of("http://news.example", "https://news.example", "http://www.news.example",
            "https://www.news.example", "http://blog.example", "https://blog.example");

    private final Dns dns;
    private final HttpFetcher fetcher;

    public LinkPreviewer(Dns dns, HttpFetcher fetcher) {
        this.dns = dns;
        this.fetcher = fetcher;
    }

    public Preview preview(String link) throws InvalidLinkException, IOException {
        URI url = allowed(link);
        for (int redirects = 0; redirects <= MAX_REDIRECTS; redirects++) {
            FetchResponse response = fetcher.get(url);
            if (!response.isRedirect()) {
                return PageSummary.of(url, response);
            }
            url = allowed(url.resolve(response.location().trim()).toString());
        }
        throw new InvalidLinkException("too many redirects");
    }

    private static URI allowed(String link) throws InvalidLinkException {
        String text = link.trim();
        if (ALLOWED.stream().noneMatch(text.toLowerCase(Locale.ROOT)::startsWith)) {
            throw new InvalidLinkException("links to this site get no preview");
        }
        try {
            URI url = new URI(text);
            if (url.getScheme() == null || url.getHost() == null) {
                throw new InvalidLinkException("not a link: " + link);
            }
            return url;
        } catch (URISyntaxException e) {
            throw new InvalidLinkException("not a link: " + link);
        }
    }
}
