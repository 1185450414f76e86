package dev.fixpoint.server.network;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AddressRangeTests {

    private static InetAddress address(String literal) {
        return AddressRange.literal(literal).orElseThrow();
    }

    @Test
    void aRangeContainsTheAddressesOfItsPrefixOnly() {
        AddressRange range = AddressRange.parse("10.1.0.0/17");

        assertThat(range.contains(address("10.1.127.255"))).isTrue();
        assertThat(range.contains(address("10.1.128.0"))).isFalse();
        assertThat(range.contains(address("::ffff:10.1.0.9"))).as("IPv4-mapped IPv6").isTrue();
        assertThat(range.contains(address("::1"))).isFalse();
        assertThat(AddressRange.parse("fc00::/7").contains(address("fdab::1"))).isTrue();
        assertThat(AddressRange.parse("fc00::/7").contains(address("fe80::1"))).isFalse();
        assertThat(AddressRange.parse("127.0.0.2").contains(address("127.0.0.2"))).isTrue();
        assertThat(AddressRange.parse("127.0.0.2").contains(address("127.0.0.3"))).isFalse();
    }

    @Test
    void hostNamesAndMalformedRangesAreRefusedByNameWithoutALookup() {
        assertThat(AddressRange.literal("localhost")).isEmpty();
        assertThat(AddressRange.literal("127.1")).isEmpty();
        assertThat(AddressRange.literal("")).isEmpty();
        assertThatThrownBy(() -> AddressRange.parse("proxy.internal")).hasMessageContaining("'proxy.internal' is not an IP address");
        assertThatThrownBy(() -> AddressRange.parse("10.0.0.0/33")).hasMessageContaining("'10.0.0.0/33' has a prefix length that is not 0 to 32");
        assertThatThrownBy(() -> new TrustedProxies("127.0.0.1, 10.0.0.0/8x"))
                .hasMessageStartingWith("fixpoint.trusted-proxies: '10.0.0.0/8x'");
    }

    @Test
    void noProxyIsTrustedUnlessConfigured() {
        assertThat(new TrustedProxies("").trusts("127.0.0.1")).isFalse();
        assertThat(new TrustedProxies(" 127.0.0.2 , fd00::/8").trusts("fd00::5")).isTrue();
    }
}
