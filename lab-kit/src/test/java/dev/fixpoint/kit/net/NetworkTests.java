package dev.fixpoint.kit.net;

import com.sun.net.httpserver.HttpServer;
import dev.fixpoint.lab.ServiceContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which service answers at which address and port, and what the fetcher sends and reads, against real loopback servers. */
class NetworkTests {

    private static HttpServer web;
    private static HttpServer metadata;
    private static HttpServer management;
    private static Network network;

    /** A server that answers with its name and what it was sent, or as the path asks. */
    private static HttpServer server(String name) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getRawPath();
            byte[] body;
            if (path.equals("/moved")) {
                exchange.getResponseHeaders().set("Location", "//elsewhere.example/x");
                exchange.sendResponseHeaders(302, -1);
                exchange.close();
                return;
            }
            if (path.equals("/latin1")) {
                exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=\"ISO-8859-1\"");
                body = "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1);
            } else {
                exchange.getResponseHeaders().set("Content-Type", "text/plain");
                exchange.getResponseHeaders().add("X-Twice", "a");
                exchange.getResponseHeaders().add("X-Twice", "b");
                body = (name + " " + exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath()
                        + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery())
                        + " host=" + exchange.getRequestHeaders().getFirst("Host")
                        + " agent=" + exchange.getRequestHeaders().getFirst("User-Agent")
                        + " proto=" + exchange.getRequestHeaders().getFirst("X-Forwarded-Proto")).getBytes(StandardCharsets.UTF_8);
            }
            // Length 0: chunked, so that the fetcher reads both framings.
            exchange.sendResponseHeaders(200, path.equals("/chunked") ? 0 : body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return server;
    }

    private static URI uri(HttpServer server) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @BeforeAll
    static void start() throws IOException {
        web = server("web");
        metadata = server("metadata");
        management = server("management");
        ServiceContext context = new ServiceContext("app", Map.of(),
                Map.of("web", uri(web), "metadata", uri(metadata), "management", uri(management)));
        network = Network.builder()
                .host("news.example", "93.184.215.14")
                .host("secure.example", "93.184.215.20")
                .host("metadata.internal", "169.254.169.254")
                .host("localhost", "127.0.0.1", "::1")
                .rebinding("*.rebind.example", List.of("93.184.215.16"), List.of("169.254.169.254"))
                .web("93.184.215.14", "web")
                .web("93.184.215.16", "web")
                .service("93.184.215.14", 8443, "metadata")
                .service("93.184.215.20", 443, "web")
                .service("169.254.169.254", 80, "metadata")
                .service("fd00:ec2::254", 80, "metadata")
                .service("::1", 9090, "management")
                .service("10.0.3.7", 9090, "management")
                .userAgent("TestPreview/1.0")
                .build(context);
    }

    @AfterAll
    static void stop() {
        web.stop(0);
        metadata.stop(0);
        management.stop(0);
    }

    private static URI served(String address, int port) throws IOException {
        return network.server(InetAddress.getByName(address), port);
    }

    @Test
    void aServiceAnswersAtItsAddressAndPortOnlyAndMappedIpv6IsItsIpv4Address() throws IOException {
        assertThat(served("169.254.169.254", 80)).isEqualTo(uri(metadata));
        assertThat(served("::ffff:169.254.169.254", 80)).isEqualTo(uri(metadata));
        assertThat(network.server(InetAddress.getByAddress(new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff,
                (byte) 169, (byte) 254, (byte) 169, (byte) 254}), 80)).as("mapped, as raw bytes").isEqualTo(uri(metadata));
        assertThat(served("fd00:ec2::254", 80)).isEqualTo(uri(metadata));
        assertThat(served("10.0.3.7", 9090)).isEqualTo(uri(management));
        assertThatThrownBy(() -> served("169.254.169.254", 8080)).isInstanceOf(ConnectException.class)
                .hasMessage("Connection refused: 169.254.169.254 port 8080");
        assertThatThrownBy(() -> served("10.0.3.8", 9090)).isInstanceOf(ConnectException.class);
        assertThatThrownBy(() -> served("::ffff:10.0.3.7", 80)).isInstanceOf(ConnectException.class);
    }

    @Test
    void everyLoopbackAndUnspecifiedAddressIsThisMachine() throws IOException {
        for (String address : List.of("127.0.0.1", "127.8.3.200", "127.255.255.255", "0.0.0.0", "::1", "0:0::1", "::",
                "::ffff:127.0.0.1", "::ffff:127.1.2.3", "::ffff:0.0.0.0")) {
            assertThat(served(address, 9090)).as(address).isEqualTo(uri(management));
        }
        assertThatThrownBy(() -> served("127.0.0.1", 9091)).isInstanceOf(ConnectException.class);
        assertThatThrownBy(() -> served("128.0.0.1", 9090)).isInstanceOf(ConnectException.class);
        assertThatThrownBy(() -> served("::2", 9090)).as("not loopback").isInstanceOf(ConnectException.class);
    }

    @Test
    void aWebServerAnswersOnEveryPortUnlessAServiceHoldsThePort() throws IOException {
        for (int port : List.of(80, 443, 1025, 8080, 65535)) {
            assertThat(served("93.184.215.14", port)).as("port " + port).isEqualTo(uri(web));
        }
        assertThat(served("93.184.215.14", 8443)).isEqualTo(uri(metadata));
        assertThat(served("93.184.215.20", 443)).isEqualTo(uri(web));
        assertThatThrownBy(() -> served("93.184.215.20", 80)).isInstanceOf(ConnectException.class);
        assertThatThrownBy(() -> served("93.184.215.15", 80)).isInstanceOf(ConnectException.class);
    }

    @Test
    void theFetcherSendsTheUrlsHostPathAndQueryToTheServerAtTheResolvedAddress() throws IOException {
        FetchResponse page = network.fetcher().get(URI.create("http://user@NEWS.example:8080/a%20b/c?q=x%26y&sort=1"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.isRedirect()).isFalse();
        assertThat(page.text()).isEqualTo("web GET /a%20b/c?q=x%26y&sort=1 host=NEWS.example:8080 agent=TestPreview/1.0 proto=null");
        assertThat(page.header("Content-Type")).contains("text/plain");
        assertThat(page.header("x-twice")).contains("a, b");
        assertThat(network.fetcher().get(URI.create("http://news.example")).text()).startsWith("web GET / host=news.example ");
        assertThat(network.fetcher().get(URI.create("http://news.example:8443/")).text()).startsWith("metadata ");
    }

    @Test
    void httpsIsFetchedOnPort443AndTheServerIsToldItWasHttps() throws IOException {
        FetchResponse page = network.fetcher().get(URI.create("HTTPS://secure.example/p"));
        assertThat(page.text()).isEqualTo("web GET /p host=secure.example agent=TestPreview/1.0 proto=https");
        assertThatThrownBy(() -> network.fetcher().get(URI.create("http://secure.example/p")))
                .isInstanceOf(ConnectException.class).hasMessageContaining("93.184.215.20 port 80");
    }

    @Test
    void redirectsAreReturnedNotFollowed() throws IOException {
        FetchResponse moved = network.fetcher().get(URI.create("http://news.example/moved"));
        assertThat(moved.status()).isEqualTo(302);
        assertThat(moved.isRedirect()).isTrue();
        assertThat(moved.location()).isEqualTo("//elsewhere.example/x");
        assertThat(new FetchResponse(302, Map.of(), new byte[0]).isRedirect()).as("no Location").isFalse();
        assertThat(new FetchResponse(200, Map.of("location", "/x"), new byte[0]).isRedirect()).isFalse();
    }

    @Test
    void bodiesAreReadChunkedOrByLengthInTheirCharset() throws IOException {
        assertThat(network.fetcher().get(URI.create("http://news.example/chunked")).text()).startsWith("web GET /chunked ");
        FetchResponse latin1 = network.fetcher().get(URI.create("http://news.example/latin1"));
        assertThat(latin1.body()).hasSize(4);
        assertThat(latin1.text()).isEqualTo("caf\u00e9");
    }

    @Test
    void aPinnedFetchConnectsToTheGivenAddressWithoutALookupAndAnUnpinnedOneLooksUpAgain() throws IOException {
        URI url = URI.create("http://pinned.rebind.example/latest/meta-data/");
        InetAddress checked = network.dns().resolve(url.getHost()).getFirst();
        assertThat(checked.getHostAddress()).isEqualTo("93.184.215.16");
        assertThat(network.fetcher().get(url, checked).text()).startsWith("web GET /latest/meta-data/ host=pinned.rebind.example ");
        assertThat(network.fetcher().get(url).text()).as("a second lookup, a second answer").startsWith("metadata ");

        URI other = URI.create("http://unpinned.rebind.example/");
        network.dns().resolve(other.getHost());
        assertThat(network.fetcher().get(other).text()).startsWith("metadata ");
    }

    @Test
    void theMachineItselfIsReachedThroughEveryNameAndSpellingOfIt() throws IOException {
        for (String url : List.of("http://localhost:9090/env", "http://127.7.7.7:9090/env", "http://0.0.0.0:9090/env",
                "http://[::]:9090/env", "http://[0:0::1]:9090/env", "http://2130706433:9090/env", "http://[::ffff:127.0.0.1]:9090/env")) {
            assertThat(network.fetcher().get(URI.create(url)).text()).as(url).startsWith("management GET /env ");
        }
        assertThat(network.fetcher().get(URI.create("http://0xA9FEA9FE/x")).text()).startsWith("metadata ");
        assertThat(network.fetcher().get(URI.create("http://[fd00:ec2::254]/x")).text()).startsWith("metadata ");
    }

    @Test
    void onlyHttpAndHttpsWithAHostAreFetchedAndUnknownHostsAreNotConnected() {
        assertThatThrownBy(() -> network.fetcher().get(URI.create("ftp://news.example/")))
                .isInstanceOf(IOException.class).hasMessage("unsupported protocol: ftp");
        assertThatThrownBy(() -> network.fetcher().get(URI.create("file:///etc/passwd")))
                .isInstanceOf(IOException.class).hasMessageContaining("unsupported protocol");
        assertThatThrownBy(() -> network.fetcher().get(URI.create("/relative")))
                .isInstanceOf(IOException.class).hasMessage("unsupported protocol: (none)");
        assertThatThrownBy(() -> network.fetcher().get(URI.create("http:opaque")))
                .isInstanceOf(IOException.class).hasMessageContaining("no host");
        assertThatThrownBy(() -> network.fetcher().get(URI.create("http://nowhere.example/")))
                .isInstanceOf(java.net.UnknownHostException.class);
        assertThatThrownBy(() -> network.fetcher().get(URI.create("http://203.0.113.9/")))
                .isInstanceOf(ConnectException.class);
    }
}
