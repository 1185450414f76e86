package dev.fixpoint.server.webhooks;

import dev.fixpoint.server.network.AddressRange;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Webhooks post to public addresses only, unless the setting allows internal ones, and to the one address that was
 * checked. Only loopback and private literals are used, and host names resolve through a test resolver: nothing is
 * looked up in DNS and nothing is sent off the machine.
 */
class DestinationsTests {

    private static final List<String> INTERNAL = List.of("127.0.0.1", "127.255.0.7", "10.0.0.1", "172.16.5.4", "192.168.1.1",
            "169.254.169.254", "100.64.0.1", "0.0.0.0", "224.0.0.1", "255.255.255.255", "[::1]", "[::]", "[::ffff:127.0.0.1]",
            "[::ffff:10.0.0.1]", "[::127.0.0.1]", "[fe80::1]", "[fd00::1]", "[fc00::1]", "[ff02::1]", "[64:ff9b::a00:1]", "[2002:7f00:1::]");

    /** The default settings but two-second time-outs, with internal destinations allowed or not. */
    private static WebhookProperties settings(boolean allowInternal) {
        return new WebhookProperties(Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofHours(1), 8, Duration.ofSeconds(2),
                Duration.ofSeconds(2), allowInternal);
    }

    private static DeliveryRepository.Due delivery(String url) {
        return new DeliveryRepository.Due("d-1", 1, url, "whsec_test", "ping", "{}", 0);
    }

    @Test
    void everyInternalAddressLiteralIsRefusedAtRegistrationNamingIt() {
        Destinations destinations = new Destinations(settings(false));
        for (String host : INTERNAL) {
            assertThatThrownBy(() -> destinations.checkRegistered(URI.create("https://" + host + ":8443/hooks")))
                    .as(host).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("The URL's host " + host + " is a")
                    .hasMessageContaining("fixpoint.webhooks.allow-internal-destinations");
        }
        new Destinations(settings(true)).checkRegistered(URI.create("http://127.0.0.1:9/hooks"));
    }

    @Test
    void theKindOfAddressIsNamed() {
        assertThat(Destinations.special(AddressRange.literal("127.0.0.1").orElseThrow())).hasValue("loopback");
        assertThat(Destinations.special(AddressRange.literal("::ffff:192.168.0.1").orElseThrow())).hasValue("private");
        assertThat(Destinations.special(AddressRange.literal("fe80::1").orElseThrow())).hasValue("link-local");
    }

    @Test
    void aHostNameThatResolvesToAnInternalAddressIsRefusedAtSendTimeAndNothingIsSent() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.answering(200)) {
            int port = URI.create(receiver.url("/")).getPort();
            Destinations destinations = new Destinations(false, host -> new InetAddress[] {InetAddress.getByName("127.0.0.1")});
            WebhookClient client = new WebhookClient(destinations, settings(true));

            Delivery.Attempt attempt = client.send(delivery("http://receiver.test:" + port + "/hook"), 1);

            assertThat(attempt.httpStatus()).isNull();
            assertThat(attempt.error()).contains("receiver.test (127.0.0.1) is a loopback address");
            Thread.sleep(200);
            assertThat(receiver.received()).isEmpty();
        }
    }

    @Test
    void theSenderConnectsToTheAddressItCheckedWithoutLookingTheNameUpAgain() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.answering(200)) {
            int port = URI.create(receiver.url("/")).getPort();
            AtomicInteger lookups = new AtomicInteger();
            // receiver.test exists only in this resolver: a second lookup by anyone else would fail to connect.
            Destinations destinations = new Destinations(true, host -> {
                lookups.incrementAndGet();
                if (!host.equals("receiver.test")) {
                    throw new UnknownHostException(host);
                }
                return new InetAddress[] {InetAddress.getByName("127.0.0.1")};
            });
            WebhookClient client = new WebhookClient(destinations, settings(true));

            Delivery.Attempt attempt = client.send(delivery("http://receiver.test:" + port + "/hook?x=1"), 1);

            assertThat(attempt.outcome()).isEqualTo("HTTP 200");
            assertThat(lookups.get()).isEqualTo(1);
            WebhookReceiver.Request request = receiver.await(1, Duration.ofSeconds(2)).getFirst();
            assertThat(request.path()).isEqualTo("/hook");
            assertThat(request.headers()).containsEntry("host", "receiver.test:" + port)
                    .containsEntry("x-fixpoint-signature-256", WebhookClient.signature("whsec_test", "{}".getBytes()));
        }
    }
}
