package previews;

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

/** Builds the preview card for a link a user posted: fetches the page, following redirects, and summarises it. */
public class LinkPreviewer {

    private final Dns dns;
    private final HttpFetcher fetcher;

    public LinkPreviewer(Dns dns, HttpFetcher fetcher) {
        this.dns = dns;
        this.fetcher = fetcher;
    }

    public Preview preview(String link) throws InvalidLinkException, IOException {
        URI url = parse(link);
        FetchResponse response = fetcher.get(url, publicAddress(url));
        if (response.isRedirect()) {
            // A redirect could lead anywhere: no preview.
            throw new InvalidLinkException("links that redirect get no preview");
        }
        return PageSummary.of(url, response);
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

    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            return first != 0                                   // 0.0.0.0/8, "this network"
                    && !(first == 100 && (second & 0xc0) == 64)    // 100.64.0.0/10, carrier-grade NAT
                    && first < 240;                              // 240.0.0.0/4 reserved, and broadcast
        }
        if (address instanceof Inet6Address) {
            if ((bytes[0] & 0xfe) == 0xfc) {
                return false;                                    // fc00::/7, unique local (isSiteLocalAddress is fec0::/10 only)
            }
            boolean zeroPrefix = Arrays.equals(Arrays.copyOfRange(bytes, 0, 10), new byte[10]);
            if (zeroPrefix && ((bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff) || (bytes[10] == 0 && bytes[11] == 0))) {
                // IPv4-mapped (::ffff:a.b.c.d) and IPv4-compatible (::a.b.c.d) addresses: judge the IPv4 address inside.
                try {
                    return isPublic(InetAddress.getByAddress(Arrays.copyOfRange(bytes, 12, 16)));
                } catch (UnknownHostException e) {
                    return false;
                }
            }
        }
        return true;
    }
}
