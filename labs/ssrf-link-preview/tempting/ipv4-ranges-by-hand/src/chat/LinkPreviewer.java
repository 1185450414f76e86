package chat;

import dev.fixpoint.kit.net.Dns;
import dev.fixpoint.kit.net.FetchResponse;
import dev.fixpoint.kit.net.HttpFetcher;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
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

    static boolean isPublic(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            return first != 0 && first != 127 && first != 10                 // this network, loopback, 10/8
                    && !(first == 169 && second == 254)                       // link-local, the metadata service
                    && !(first == 172 && (second & 0xf0) == 16)               // 172.16/12
                    && !(first == 192 && second == 168)                       // 192.168/16
                    && !(first == 100 && (second & 0xc0) == 64)               // carrier-grade NAT
                    && first < 224;                                           // multicast and reserved
        }
        // IPv6: the private ranges, unique-local fc00::/7 and link-local fe80::/10.
        return (bytes[0] & 0xfe) != 0xfc && !((bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xc0) == 0x80);
    }
}
