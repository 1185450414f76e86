package chat;

import dev.fixpoint.kit.net.Dns;
import dev.fixpoint.kit.net.FetchResponse;
import dev.fixpoint.kit.net.HttpFetcher;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Builds the preview card for a link a user posted: fetches the page, following redirects, and summarises it. */
public class LinkPreviewer {

    private static final int MAX_REDIRECTS = 5;

    private final Dns dns;
    private final HttpFetcher fetcher;

    public LinkPreviewer(Dns dns, HttpFetcher fetcher) {
        this.dns = dns;
        this.fetcher = fetcher;
    }

    public Preview preview(String link) throws InvalidLinkException, IOException {
        URI url = parse(link);
        for (int redirects = 0; redirects <= MAX_REDIRECTS; redirects++) {
            // Every hop, the first and each redirect's target, is checked before anything is sent to it, and the
            // request goes to the address that was checked: the name is not looked up a second time.
            InetAddress address = publicAddress(url);
            FetchResponse response = fetcher.get(url, address);
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
            String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new InvalidLinkException("only http and https links get a preview");
            }
            if (url.getHost() == null) {
                throw new InvalidLinkException("not a link: " + link);
            }
            return url;
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new InvalidLinkException("not a link: " + link);
        }
    }

    /** The address to connect to for {@code url}'s host, when every address the host resolves to is public. */
    private InetAddress publicAddress(URI url) throws InvalidLinkException {
        List<InetAddress> addresses;
        try {
            addresses = dns.resolve(url.getHost());
        } catch (UnknownHostException e) {
            throw new InvalidLinkException("unknown host: " + url.getHost());
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                throw new InvalidLinkException("links to internal addresses get no preview");
            }
        }
        return addresses.get(0);
    }

    /** The internal addresses of this deployment: the metadata service (IPv4 and IPv6), this machine, its private address. */
    private static final Set<String> INTERNAL = Set.of("169.254.169.254", "fd00:ec2:0:0:0:0:0:254", "127.0.0.1", "0:0:0:0:0:0:0:1",
            "0.0.0.0", "0:0:0:0:0:0:0:0", "10.0.3.7");

    /** Judged after resolving, so that every spelling of these addresses (numbers, hex, mapped, names) is caught. */
    static boolean isPublic(InetAddress address) {
        return !INTERNAL.contains(address.getHostAddress());
    }
}
