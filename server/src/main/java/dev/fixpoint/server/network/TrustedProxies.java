package dev.fixpoint.server.network;

import org.springframework.stereotype.Component;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;

/**
 * The reverse proxies whose {@code X-Forwarded-*} headers the server believes ({@code fixpoint.trusted-proxies}):
 * none unless configured, so that no one on the network can pick the address sign-in throttling counts or the
 * host the server's links point at.
 */
@Component
public class TrustedProxies {

    private final List<AddressRange> ranges;

    TrustedProxies(NetworkProperties settings) {
        this.ranges = settings.trustedProxies();
    }

    /** Whether the peer of a connection, as the servlet container reports its address, is a trusted proxy. */
    boolean trusts(String peerAddress) {
        Optional<InetAddress> address = AddressRange.literal(peerAddress);
        return address.isPresent() && trusts(address.get());
    }

    boolean trusts(InetAddress address) {
        return ranges.stream().anyMatch(range -> range.contains(address));
    }
}
