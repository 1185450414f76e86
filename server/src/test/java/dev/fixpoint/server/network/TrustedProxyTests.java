package dev.fixpoint.server.network;

import org.junit.jupiter.api.Tag;
import dev.fixpoint.server.Visitor;
import dev.fixpoint.server.accounts.AccountService;
import dev.fixpoint.server.accounts.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real reverse proxy on loopback in front of the real server: behind it, throttling counts the address the proxy
 * forwards and links point at the proxy, but only because the proxy's address is configured as trusted; any other
 * peer's X-Forwarded-* change nothing. Loopback addresses (127.0.0.0/8) stand for the machines of a network.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:trusted-proxy;DB_CLOSE_DELAY=-1", "fixpoint.grading.concurrency=1",
                "fixpoint.trusted-proxies=127.0.0.2"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("sandbox")
class TrustedProxyTests {

    private static final String PASSWORD = "a long enough password";
    private static final Pattern INVITATION = Pattern.compile("(https?://[^\"<]+)/invite\\?token=");
    /** As many failed sign-ins as one address may have (LoginThrottle's limit per address). */
    private static final int ADDRESS_LIMIT = 30;

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    private ReverseProxy proxy;

    @BeforeAll
    void start() throws Exception {
        accounts.create("root", PASSWORD, Role.ADMIN);
        accounts.create("neighbour", PASSWORD, Role.LEARNER);
        proxy = new ReverseProxy(InetAddress.getByName("127.0.0.2"), port, "fixpoint.test");
    }

    @AfterAll
    void stop() throws Exception {
        proxy.close();
    }

    private URI direct() {
        return URI.create("http://127.0.0.1:" + port);
    }

    private static Visitor from(URI server, String address) throws Exception {
        return new Visitor(server, InetAddress.getByName(address));
    }

    /** Fails to sign in under many names, each time claiming another address in X-Forwarded-For. */
    private static void guessMany(Visitor guesser, String forgedPrefix) throws Exception {
        guesser.get("/login");
        for (int i = 0; i < ADDRESS_LIMIT; i++) {
            HttpResponse<String> failed = guesser.post("/login", Map.of("username", "guess-" + i, "password", "wrong"),
                    "X-Forwarded-For", forgedPrefix + (i + 1));
            assertThat(failed.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
        }
    }

    private static String signInLocation(Visitor visitor, String forged) throws Exception {
        visitor.get("/login");
        return visitor.post("/login", Map.of("username", "neighbour", "password", PASSWORD), "X-Forwarded-For", forged)
                .headers().firstValue("Location").orElseThrow();
    }

    @Test
    void behindTheTrustedProxyTheThrottleCountsTheAddressItForwardsNotOneTheClientWrote() throws Exception {
        Visitor guesser = from(proxy.uri(), "127.0.0.50");

        guessMany(guesser, "127.0.1.");

        assertThat(signInLocation(guesser, "127.0.2.1")).as("the guesser's own address is refused, whatever it claims").endsWith("/login?error");
        assertThat(signInLocation(from(proxy.uri(), "127.0.0.51"), "127.0.0.50"))
                .as("another client of the same proxy signs in: the proxy's address was not counted").doesNotContain("error");
    }

    @Test
    void aPeerThatIsNotATrustedProxyIsCountedByItsOwnAddressWhateverItForwards() throws Exception {
        Visitor guesser = from(direct(), "127.0.0.60");

        guessMany(guesser, "127.0.3.");

        assertThat(signInLocation(guesser, "127.0.4.1")).endsWith("/login?error");
        assertThat(signInLocation(from(direct(), "127.0.0.61"), "127.0.0.60")).doesNotContain("error");
    }

    @Test
    void linksTheServerWritesPointAtTheTrustedProxyAndAtNoHostAnUntrustedPeerNames() throws Exception {
        Visitor behindProxy = from(proxy.uri(), "127.0.0.70");
        behindProxy.signIn("root", PASSWORD);
        behindProxy.get("/admin/users");
        assertThat(invitationBase(behindProxy.post("/admin/invitations", Map.of("role", "LEARNER", "username", "proxied")))).isEqualTo("https://fixpoint.test");

        Visitor direct = from(direct(), "127.0.0.71");
        direct.signIn("root", PASSWORD);
        direct.get("/admin/users");
        HttpResponse<String> forged = direct.post("/admin/invitations", Map.of("role", "LEARNER", "username", "direct"),
                "X-Forwarded-Proto", "https", "X-Forwarded-Host", "attacker.test", "X-Forwarded-Port", "8443");
        assertThat(invitationBase(forged)).isEqualTo("http://127.0.0.1:" + port);
    }

    private static String invitationBase(HttpResponse<String> page) {
        Matcher link = INVITATION.matcher(page.body());
        assertThat(link.find()).as("the page shows an invitation link").isTrue();
        return link.group(1);
    }
}
