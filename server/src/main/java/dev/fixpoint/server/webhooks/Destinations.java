package dev.fixpoint.server.webhooks;

import dev.fixpoint.server.network.AddressRange;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where webhooks may post: not to loopback, link-local, private or other special addresses (IPv4 and IPv6), or an
 * administrator could probe the server's own network through the delivery log, unless
 * {@code fixpoint.webhooks.allow-internal-destinations} allows them. A host name is resolved once per attempt and
 * the sender connects to the very address that was checked, so a DNS answer that changes in between changes nothing.
 */
@Component
class Destinations {

    /** Resolves a host name, or reads a literal without a lookup, as {@link InetAddress#getAllByName} does. */
    @FunctionalInterface
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** An attempt refused before anything was sent. */
    static final class Refused extends IOException {
        Refused(String message) {
            super(message);
        }
    }

    private static final Map<String, String> SPECIAL = Map.ofEntries(
            Map.entry("0.0.0.0/8", "\"this network\""), Map.entry("10.0.0.0/8", "private"), Map.entry("100.64.0.0/10", "shared (carrier NAT)"),
            Map.entry("127.0.0.0/8", "loopback"), Map.entry("169.254.0.0/16", "link-local"), Map.entry("172.16.0.0/12", "private"),
            Map.entry("192.0.0.0/24", "IETF protocol"), Map.entry("192.0.2.0/24", "documentation"), Map.entry("192.88.99.0/24", "6to4 relay"),
            Map.entry("192.168.0.0/16", "private"), Map.entry("198.18.0.0/15", "benchmarking"), Map.entry("198.51.100.0/24", "documentation"),
            Map.entry("203.0.113.0/24", "documentation"), Map.entry("224.0.0.0/4", "multicast"), Map.entry("240.0.0.0/4", "reserved"),
            // IPv4-compatible (::a.b.c.d) and the unspecified and loopback addresses :: and ::1. Java reads an IPv4-mapped
            // address (::ffff:a.b.c.d) as the IPv4 address itself, so the IPv4 ranges above cover those.
            Map.entry("::/96", "unspecified, loopback or IPv4-compatible"),
            Map.entry("64:ff9b::/96", "NAT64"), Map.entry("64:ff9b:1::/48", "NAT64"), Map.entry("100::/64", "discard"),
            Map.entry("2001::/23", "IETF protocol"), Map.entry("2001:db8::/32", "documentation"), Map.entry("2002::/16", "6to4"),
            Map.entry("fc00::/7", "private (unique local)"), Map.entry("fe80::/10", "link-local"), Map.entry("fec0::/10", "site-local"),
            Map.entry("ff00::/8", "multicast"));
    private static final List<Map.Entry<AddressRange, String>> RANGES = SPECIAL.entrySet().stream()
            .map(entry -> Map.entry(AddressRange.of(entry.getKey()), entry.getValue())).toList();

    private final boolean allowInternal;
    private final Resolver resolver;

    @Autowired
    Destinations(WebhookProperties settings) {
        this(settings.allowInternalDestinations(), InetAddress::getAllByName);
    }

    Destinations(boolean allowInternal, Resolver resolver) {
        this.allowInternal = allowInternal;
        this.resolver = resolver;
    }

    /** The kind of special range the address is in, such as "loopback", or empty for an ordinary public address. */
    static Optional<String> special(InetAddress address) {
        return RANGES.stream().filter(range -> range.getKey().contains(address)).map(Map.Entry::getValue).findFirst();
    }

    /**
     * At registration: refuses a URL whose host is a special address literal. Host names are checked when sent, since
     * what they resolve to may change.
     *
     * @throws IllegalArgumentException naming the address and its kind
     */
    void checkRegistered(URI url) {
        if (allowInternal) {
            return;
        }
        AddressRange.literal(url.getHost()).ifPresent(address -> special(address).ifPresent(kind -> {
            throw new IllegalArgumentException(refusal(url.getHost(), address, kind));
        }));
    }

    /**
     * At send time: the one address the attempt connects to, after every address of the host was checked.
     *
     * @throws Refused             when the host has a special address and they are not allowed
     * @throws UnknownHostException when the host does not resolve
     */
    InetAddress pin(String host) throws IOException {
        InetAddress[] addresses = resolver.resolve(host);
        if (addresses.length == 0) {
            throw new UnknownHostException(host);
        }
        if (!allowInternal) {
            for (InetAddress address : addresses) {
                Optional<String> kind = special(address);
                if (kind.isPresent()) {
                    throw new Refused(refusal(host, address, kind.get()));
                }
            }
        }
        return addresses[0];
    }

    private static String refusal(String host, InetAddress address, String kind) {
        String named = AddressRange.literal(host).isPresent() ? host : host + " (" + address.getHostAddress() + ")";
        return "The URL's host " + named + " is a " + kind + " address; webhooks post only to public addresses unless the setting"
                + " fixpoint.webhooks.allow-internal-destinations is true.";
    }
}
