package dev.fixpoint.server.network;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.net.InetAddress;
import java.util.Arrays;
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

    /**
     * @param setting comma-separated IP addresses and CIDR ranges, such as {@code 10.0.0.5, fd00::/8}; empty for none
     * @throws IllegalArgumentException naming an entry that is neither, so that a typo stops the server instead of
     *                                  trusting nobody or everybody
     */
    TrustedProxies(@Value("${fixpoint.trusted-proxies:}") String setting) {
        try {
            this.ranges = Arrays.stream(setting.split(",")).map(String::strip).filter(entry -> !entry.isEmpty())
                    .map(AddressRange::parse).toList();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("fixpoint.trusted-proxies: " + e.getMessage(), e);
        }
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
