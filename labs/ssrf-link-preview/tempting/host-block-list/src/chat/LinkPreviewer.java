package chat;

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

    private final Dns dns;
    private final HttpFetcher fetcher;

    public LinkPreviewer(Dns dns, HttpFetcher fetcher) {
        this.dns = dns;
        this.fetcher = fetcher;
    }

    /** The hosts only the server can reach: the metadata service, this machine and its management port. */
    private static final List<String> BLOCKED = List.of("169.254.169.254", "metadata", "localhost", "127.0.0.1", "0.0.0.0", "10.", "[::1]");

    public Preview preview(String link) throws InvalidLinkException, IOException {
        URI url = parse(link);
        for (int redirects = 0; redirects <= MAX_REDIRECTS; redirects++) {
            String host = url.getHost().toLowerCase(Locale.ROOT);
            for (String blocked : BLOCKED) {
                if (host.startsWith(blocked)) {
                    throw new InvalidLinkException("links to internal hosts get no preview");
                }
            }
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
