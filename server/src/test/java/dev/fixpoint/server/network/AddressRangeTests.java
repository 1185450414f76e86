package dev.fixpoint.server.network;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AddressRangeTests {

    private static InetAddress address(String literal) {
        return AddressRange.literal(literal).orElseThrow();
    }

    @Test
    void aRangeContainsTheAddressesOfItsPrefixOnly() {
        AddressRange range = AddressRange.of("10.1.0.0/17");

        assertThat(range.contains(address("10.1.127.255"))).isTrue();
        assertThat(range.contains(address("10.1.128.0"))).isFalse();
        assertThat(range.contains(address("::ffff:10.1.0.9"))).as("IPv4-mapped IPv6").isTrue();
        assertThat(range.contains(address("::1"))).isFalse();
        assertThat(AddressRange.of("fc00::/7").contains(address("fdab::1"))).isTrue();
        assertThat(AddressRange.of("fc00::/7").contains(address("fe80::1"))).isFalse();
        assertThat(AddressRange.of("127.0.0.2").contains(address("127.0.0.2"))).isTrue();
        assertThat(AddressRange.of("127.0.0.2").contains(address("127.0.0.3"))).isFalse();
    }

    @Test
    void hostNamesAndMalformedRangesAreRefusedByNameWithoutALookup() {
        assertThat(AddressRange.literal("localhost")).isEmpty();
        assertThat(AddressRange.literal("127.1")).isEmpty();
        assertThat(AddressRange.literal("")).isEmpty();
        assertThatThrownBy(() -> AddressRange.of("proxy.internal")).hasMessageContaining("'proxy.internal' is not an IP address");
        assertThatThrownBy(() -> AddressRange.of("10.0.0.0/33")).hasMessageContaining("'10.0.0.0/33' has a prefix length that is not 0 to 32");
    }

    @Test
    void noProxyIsTrustedUnlessConfigured() {
        assertThat(new TrustedProxies(new NetworkProperties(List.of())).trusts("127.0.0.1")).isFalse();
        assertThat(new TrustedProxies(new NetworkProperties(List.of(AddressRange.of("127.0.0.2"), AddressRange.of("fd00::/8"))))
                .trusts("fd00::5")).isTrue();
    }
}
