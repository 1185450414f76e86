package previews;

import dev.fixpoint.kit.net.Dns;
import dev.fixpoint.kit.net.FetchResponse;
import dev.fixpoint.kit.net.HttpFetcher;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Builds the preview card for a link a user posted: fetches the page, following redirects, and summarises it. */
public class LinkPreviewer {

    private static final int MAX_REDIRECTS = 5;
    private static final Set<String> SCHEMES = Set.of("http", "https");

    /**
     * Every range a preview may not connect to, in CIDR notation as the IANA special-purpose registries list them: the
     * table is the whole rule, and a range missing from InetAddress's methods is one more line, not more code.
     */
    private static final List<Cidr> DENIED = List.of(
            Cidr.of("0.0.0.0/8"), Cidr.of("10.0.0.0/8"), Cidr.of("100.64.0.0/10"), Cidr.of("127.0.0.0/8"),
            Cidr.of("169.254.0.0/16"), Cidr.of("172.16.0.0/12"), Cidr.of("192.0.0.0/24"), Cidr.of("192.168.0.0/16"),
            Cidr.of("198.18.0.0/15"), Cidr.of("224.0.0.0/3"),
            // IPv6: ::/96 holds ::, ::1 and the IPv4-compatible addresses; 64:ff9b::/96 is NAT64, an IPv4 address in disguise.
            Cidr.of("::/96"), Cidr.of("64:ff9b::/96"), Cidr.of("fc00::/7"), Cidr.of("fe80::/10"), Cidr.of("ff00::/8"));

    /** A network and its prefix length; an address matches when its first {@code prefix} bits equal the network's. */
    private record Cidr(byte[] network, int prefix) {

        static Cidr of(String cidr) {
            String[] parts = cidr.split("/");
            try {
                // Literals only: InetAddress parses them without a lookup.
                return new Cidr(InetAddress.getByName(parts[0]).getAddress(), Integer.parseInt(parts[1]));
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException(cidr, e);
            }
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((address[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    private final Dns dns;
    private final HttpFetcher fetcher;

    public LinkPreviewer(Dns dns, HttpFetcher fetcher) {
        this.dns = dns;
        this.fetcher = fetcher;
    }

    public Preview preview(String link) throws InvalidLinkException, IOException {
        URI url = vetted(link);
        int hops = 0;
        while (true) {
            // Connect to the address that passed the table, never to a second lookup of the name.
            FetchResponse response = fetcher.get(url, allowedAddress(url.getHost()));
            if (!response.isRedirect()) {
                return PageSummary.of(url, response);
            }
            if (++hops > MAX_REDIRECTS) {
                throw new InvalidLinkException("too many redirects");
            }
            // The target, relative or not, is resolved against the page and vetted like the link itself.
            url = vetted(url.resolve(response.location().trim()).toString());
        }
    }

    /** The link as a URI, if it is an http or https link with a host. */
    private static URI vetted(String link) throws InvalidLinkException {
        URI url;
        try {
            url = new URI(link.trim());
        } catch (URISyntaxException e) {
            throw new InvalidLinkException("not a link: " + link);
        }
        if (url.getScheme() == null || !SCHEMES.contains(url.getScheme().toLowerCase(Locale.ROOT)) || url.getHost() == null) {
            throw new InvalidLinkException("only http and https links get a preview");
        }
        return url;
    }

    /** The first address of the host, when none of its addresses falls in a denied range. */
    private InetAddress allowedAddress(String host) throws InvalidLinkException {
        List<InetAddress> addresses;
        try {
            addresses = dns.resolve(host);
        } catch (UnknownHostException e) {
            throw new InvalidLinkException("unknown host: " + host);
        }
        for (InetAddress address : addresses) {
            byte[] bytes = address.getAddress();
            if (DENIED.stream().anyMatch(range -> range.contains(bytes))) {
                throw new InvalidLinkException("links to internal addresses get no preview");
            }
        }
        return addresses.get(0);
    }
}
