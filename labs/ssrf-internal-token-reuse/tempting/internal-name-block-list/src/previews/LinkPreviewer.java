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
    /** Our own machines and the internal network: hosts and prefixes that never get a preview. */
    private static final List<String> BLOCKED_SUFFIXES = List.of("localhost", ".internal", ".local", ".localdomain");
    private static final List<String> BLOCKED_PREFIXES = List.of("127.", "10.", "192.168.", "172.16.", "169.254.", "0.");

    private final Dns dns;
    private final HttpFetcher fetcher;

    public LinkPreviewer(Dns dns, HttpFetcher fetcher) {
        this.dns = dns;
        this.fetcher = fetcher;
    }

    public Preview preview(String link) throws InvalidLinkException, IOException {
        URI url = parse(link);
        for (int redirects = 0; redirects <= MAX_REDIRECTS; redirects++) {
            String host = url.getHost().toLowerCase(Locale.ROOT);
            if (BLOCKED_SUFFIXES.stream().anyMatch(host::endsWith) || BLOCKED_PREFIXES.stream().anyMatch(host::startsWith)) {
                throw new InvalidLinkException("links to internal hosts get no preview");
            }
            FetchResponse response = fetcher.get(url);
            if (!response.isRedirect()) {
                return PageSummary.of(url, response);
            }
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
