package previews;

import dev.fixpoint.kit.net.Dns;
import dev.fixpoint.kit.net.FetchResponse;
import dev.fixpoint.kit.net.HttpFetcher;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/** Builds the preview card for a link a user posted: fetches the page, following redirects, and summarises it. */
public class LinkPreviewer {

    private static final int MAX_REDIRECTS = 5;
    /** This machine and the cloud's metadata service: never worth a preview. */
    private static final Set<String> BLOCKED_HOSTS = Set.of("localhost", "127.0.0.1", "0.0.0.0", "169.254.169.254");

    private final Dns dns;
    private final HttpFetcher fetcher;

    public LinkPreviewer(Dns dns, HttpFetcher fetcher) {
        this.dns = dns;
        this.fetcher = fetcher;
    }

    public Preview preview(String link) throws InvalidLinkException, IOException {
        URI url = parse(link);
        if (BLOCKED_HOSTS.contains(url.getHost().toLowerCase(Locale.ROOT))) {
            throw new InvalidLinkException("links to this host get no preview");
        }
        for (int redirects = 0; redirects <= MAX_REDIRECTS; redirects++) {
            FetchResponse response = fetcher.get(url);
            if (!response.isRedirect()) {
                return PageSummary.of(url, response);
            }
            // Short links, tracking links and http-to-https upgrades: follow them to the real page.
            url = parse(url.resolve(response.location().trim()).toString());
        }
        throw new InvalidLinkException("too many redirects");
    }

    private static URI parse(String link) throws InvalidLinkException {
        try {
            URI url = new URI(link.trim());
            if (url.getScheme() == null || url.getHost() == null) {
                throw new InvalidLinkException("not a link: " + link);
            }
            return url;
        } catch (URISyntaxException e) {
            throw new InvalidLinkException("not a link: " + link);
        }
    }
}
