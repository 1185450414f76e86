package dev.fixpoint.kit.net;

import dev.fixpoint.lab.ServiceContext;
import org.junit.jupiter.api.Test;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The zone a network is built with, and how its resolver reads hosts. */
class DnsTests {

    private static final ServiceContext CONTEXT = new ServiceContext("app", Map.of(),
            Map.of("app", URI.create("http://127.0.0.1:1"), "web", URI.create("http://127.0.0.1:2")));

    private static final Dns DNS = Network.builder()
            .host("news.example", "93.184.215.14")
            .host("Blog.Example.", "93.184.215.15")
            .host("localhost", "127.0.0.1", "::1")
            .host("metadata.internal", "169.254.169.254", "fd00:ec2::254")
            .host("attacker.example", "169.254.169.254")
            .host("*.attacker.example", "169.254.169.254")
            .host("www.attacker.example", "93.184.215.16")
            .rebinding("*.rebind.attacker.example", List.of("93.184.215.16"), List.of("169.254.169.254"))
            .rebinding("flip.example", List.of("93.184.215.16"), List.of("10.0.3.7"), List.of("127.0.0.1", "::1"))
            .build(CONTEXT).dns();

    private static List<String> addresses(String host) throws UnknownHostException {
        return DNS.resolve(host).stream().map(InetAddress::getHostAddress).toList();
    }

    @Test
    void namesAnswerWithTheirAddressesInOrderInAnyCaseAndWithATrailingDot() throws UnknownHostException {
        assertThat(addresses("news.example")).containsExactly("93.184.215.14");
        assertThat(addresses("NEWS.Example.")).containsExactly("93.184.215.14");
        assertThat(addresses("blog.example")).containsExactly("93.184.215.15");
        assertThat(addresses("localhost")).containsExactly("127.0.0.1", "0:0:0:0:0:0:0:1");
        assertThat(addresses("METADATA.internal.")).containsExactly("169.254.169.254", "fd00:ec2:0:0:0:0:0:254");
        assertThat(DNS.resolve("Localhost").getFirst().getHostName()).as("the host as asked").isEqualTo("Localhost");
    }

    @Test
    void unknownNamesAndBlankHostsAreUnknownHosts() {
        assertThatThrownBy(() -> DNS.resolve("intranet.example")).isInstanceOf(UnknownHostException.class)
                .hasMessageContaining("intranet.example");
        assertThatThrownBy(() -> DNS.resolve("example")).isInstanceOf(UnknownHostException.class);
        assertThatThrownBy(() -> DNS.resolve("")).isInstanceOf(UnknownHostException.class);
        assertThatThrownBy(() -> DNS.resolve(null)).isInstanceOf(UnknownHostException.class);
    }

    @Test
    void aWildcardStandsForEveryNameBelowItAndTheMostSpecificEntryWins() throws UnknownHostException {
        assertThat(addresses("x.attacker.example")).containsExactly("169.254.169.254");
        assertThat(addresses("a.b.c.attacker.example")).containsExactly("169.254.169.254");
        assertThat(addresses("attacker.example")).as("given on its own").containsExactly("169.254.169.254");
        assertThat(addresses("www.attacker.example")).as("an exact name wins").containsExactly("93.184.215.16");
        assertThatThrownBy(() -> DNS.resolve("xattacker.example")).isInstanceOf(UnknownHostException.class);
    }

    @Test
    void aRebindingNameAnswersInTurnThenKeepsItsLastAnswerAndEveryNameCountsOnItsOwn() throws UnknownHostException {
        assertThat(addresses("one.rebind.attacker.example")).containsExactly("93.184.215.16");
        assertThat(addresses("ONE.rebind.attacker.example.")).as("the same name").containsExactly("169.254.169.254");
        assertThat(addresses("one.rebind.attacker.example")).containsExactly("169.254.169.254");
        assertThat(addresses("two.rebind.attacker.example")).containsExactly("93.184.215.16");
        assertThat(addresses("a.two.rebind.attacker.example")).containsExactly("93.184.215.16");

        assertThat(addresses("flip.example")).containsExactly("93.184.215.16");
        assertThat(addresses("flip.example")).containsExactly("10.0.3.7");
        assertThat(addresses("flip.example")).containsExactly("127.0.0.1", "0:0:0:0:0:0:0:1");
        assertThat(addresses("flip.example")).containsExactly("127.0.0.1", "0:0:0:0:0:0:0:1");
    }

    @Test
    void ipv4LiteralsInEverySpellingAreReadWithoutALookup() throws UnknownHostException {
        for (String spelling : List.of("169.254.169.254", "2852039166", "0xA9FEA9FE", "0xa9.0xfe.0xa9.0xfe",
                "0251.0376.0251.0376", "169.254.43518", "169.16689662", "169.254.169.254.")) {
            List<InetAddress> resolved = DNS.resolve(spelling);
            assertThat(resolved).as(spelling).hasSize(1);
            assertThat(resolved.getFirst()).as(spelling).isInstanceOf(Inet4Address.class);
            assertThat(resolved.getFirst().getHostAddress()).as(spelling).isEqualTo("169.254.169.254");
        }
        assertThat(addresses("127.1")).containsExactly("127.0.0.1");
        assertThat(addresses("0")).containsExactly("0.0.0.0");
        assertThat(addresses("0x")).containsExactly("0.0.0.0");
        assertThat(addresses("1.2.3.4")).as("any address, in the zone or not").containsExactly("1.2.3.4");
    }

    @Test
    void whatIsNotAnIpv4LiteralIsLookedUpAsAName() {
        for (String name : List.of("256.1.1.1", "1.2.3.4.5", "4294967296", "08.1.1.1", "0xg1", "1..2")) {
            assertThatThrownBy(() -> DNS.resolve(name)).as(name).isInstanceOf(UnknownHostException.class)
                    .hasMessageContaining("Name or service not known");
        }
    }

    @Test
    void ipv6LiteralsAreReadWithOrWithoutBracketsAndMappedIpv4ComesBackAsIpv4() throws UnknownHostException {
        assertThat(DNS.resolve("[fd00:ec2::254]").getFirst()).isInstanceOf(Inet6Address.class);
        assertThat(addresses("[FD00:EC2::254]")).containsExactly("fd00:ec2:0:0:0:0:0:254");
        assertThat(addresses("fd00:ec2::254")).containsExactly("fd00:ec2:0:0:0:0:0:254");
        assertThat(addresses("[0:0::1]")).containsExactly("0:0:0:0:0:0:0:1");
        assertThat(addresses("[::]")).containsExactly("0:0:0:0:0:0:0:0");
        List<InetAddress> mapped = DNS.resolve("[::ffff:169.254.169.254]");
        assertThat(mapped.getFirst()).isInstanceOf(Inet4Address.class);
        assertThat(mapped.getFirst().getHostAddress()).isEqualTo("169.254.169.254");
        assertThat(addresses("[::ffff:a9fe:a9fe]")).containsExactly("169.254.169.254");
    }

    @Test
    void malformedIpv6LiteralsAreUnknownHostsNeverLookedUp() {
        for (String host : List.of("[]", "[zz::1]", "[::1%eth0]", "[::1", "::1]", "[news.example]", "[1:2:3:4:5:6:7:8:9]")) {
            assertThatThrownBy(() -> DNS.resolve(host)).as(host).isInstanceOf(UnknownHostException.class);
        }
    }

    @Test
    void theBuilderRefusesWhatCouldNeverBeAnswered() {
        assertThatThrownBy(() -> Network.builder().host("news.example", "news.example"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not an IP address");
        assertThatThrownBy(() -> Network.builder().host("news.example"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Network.builder().rebinding("news.example"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Network.builder().host("10.0.0.1", "10.0.0.2"))
                .as("an address is never looked up").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Network.builder().host("*.*.example", "10.0.0.2"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Network.builder().host("a.example", "10.0.0.1").host("A.Example.", "10.0.0.2"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already");
        assertThatThrownBy(() -> Network.builder().service("10.0.0.1", 0, "web"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Network.builder().userAgent("agent\r\nX-Injected: 1"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Network.builder().web("10.0.0.1", "nowhere").build(CONTEXT))
                .as("a service the lab does not have").isInstanceOf(NoSuchElementException.class);
    }
}
