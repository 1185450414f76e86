package dev.fixpoint.kit.net;

import dev.fixpoint.lab.ServiceContext;

import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A simulated network for labs that need hosts (an SSRF lab's internet, a cloud's metadata service, the machine's own
 * ports): the DNS zone its {@link Dns} answers from, and which of the lab's services answers at each address and port,
 * for its {@link HttpFetcher}. Every server is a service of the lab on a loopback port, so nothing ever connects
 * anywhere but the loopback address; a service is named, never given as an address, and looked up among the lab's
 * peers when the network is built.
 *
 * <p>Addresses are judged as a Linux host judges them: an IPv4-mapped IPv6 address ({@code ::ffff:a.b.c.d}) is its
 * IPv4 address, and every address of {@code 127.0.0.0/8}, {@code 0.0.0.0}, {@code ::1} and {@code ::} is this machine,
 * so a service placed at any of them answers at all of them.
 *
 * <pre>{@code
 * Network network = Network.builder()
 *         .host("news.example", "93.184.215.14")
 *         .host("localhost", "127.0.0.1", "::1")
 *         .host("*.attacker.example", "169.254.169.254")
 *         .rebinding("*.rebind.attacker.example", List.of("93.184.215.16"), List.of("169.254.169.254"))
 *         .web("93.184.215.14", "web")
 *         .service("169.254.169.254", 80, "metadata")
 *         .service("127.0.0.1", 9090, "management")
 *         .build(context);
 * LinkPreviewer previewer = new LinkPreviewer(network.dns(), network.fetcher());
 * }</pre>
 */
public final class Network {

    private static final byte[] THIS_MACHINE = {127, 0, 0, 1};
    private static final byte[] IPV6_LOOPBACK = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1};

    /** The answers of one zone entry, in order: a lookup gets the next one, and the last one from then on. */
    private record Entry(List<List<byte[]>> answers) {
    }

    private final Map<String, Entry> names;
    private final Map<String, Entry> domains;
    private final Map<String, URI> servers;
    private final Map<String, URI> webServers;
    private final String userAgent;
    private final Map<String, Integer> lookups = new ConcurrentHashMap<>();
    private final Dns dns;
    private final HttpFetcher fetcher;

    private Network(Builder builder, Map<String, URI> servers, Map<String, URI> webServers) {
        this.names = Map.copyOf(builder.names);
        this.domains = Map.copyOf(builder.domains);
        this.servers = Map.copyOf(servers);
        this.webServers = Map.copyOf(webServers);
        this.userAgent = builder.userAgent;
        this.dns = new Dns(this);
        this.fetcher = new HttpFetcher(dns);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The resolver of this network. */
    public Dns dns() {
        return dns;
    }

    /** A fetcher that resolves with {@link #dns()} and connects to this network's servers. */
    public HttpFetcher fetcher() {
        return fetcher;
    }

    /** The User-Agent header the fetcher sends. */
    String userAgent() {
        return userAgent;
    }

    /**
     * The addresses a name has, as its authoritative server answers at this lookup; empty when the name does not exist.
     * {@code name} is lower case and has no trailing dot. A name given exactly wins over a wildcard, and a longer
     * wildcard over a shorter one.
     */
    List<byte[]> lookUp(String name) {
        Entry entry = names.get(name);
        for (int dot = name.indexOf('.'); entry == null && dot >= 0; dot = name.indexOf('.', dot + 1)) {
            entry = domains.get(name.substring(dot + 1));
        }
        if (entry == null) {
            return List.of();
        }
        List<List<byte[]>> answers = entry.answers();
        if (answers.size() == 1) {
            return answers.get(0);
        }
        // A zone with a zero TTL: every lookup reaches the authoritative server, which answers as it likes.
        int count = lookups.merge(name, 1, Integer::sum);
        return answers.get(Math.min(count, answers.size()) - 1);
    }

    /**
     * The loopback address of the lab service that answers at {@code address} and {@code port}.
     *
     * @throws ConnectException when nothing listens there (nothing is contacted to find out)
     */
    URI server(InetAddress address, int port) throws ConnectException {
        String host = route(address.getAddress());
        URI server = servers.getOrDefault(host + "#" + port, webServers.get(host));
        if (server == null) {
            throw new ConnectException("Connection refused: " + address.getHostAddress() + " port " + port);
        }
        return server;
    }

    /** The address as the network routes it: IPv4-mapped addresses unwrapped, every address of this machine as one. */
    private static String route(byte[] address) {
        byte[] bytes = address;
        if (bytes.length == 16 && isIpv4Mapped(bytes)) {
            bytes = Arrays.copyOfRange(bytes, 12, 16);
        }
        if (bytes.length == 4 && (bytes[0] == 127 || (bytes[0] | bytes[1] | bytes[2] | bytes[3]) == 0)) {
            bytes = THIS_MACHINE; // 127.0.0.0/8 and 0.0.0.0 reach this machine, as on Linux
        } else if (bytes.length == 16 && (Arrays.equals(bytes, new byte[16]) || Arrays.equals(bytes, IPV6_LOOPBACK))) {
            bytes = THIS_MACHINE; // :: and ::1 too
        }
        try {
            return InetAddress.getByAddress(bytes).getHostAddress().toLowerCase(Locale.ROOT);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static boolean isIpv4Mapped(byte[] bytes) {
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff;
    }

    /** Describes a network; {@link #build} places the lab's services in it. */
    public static final class Builder {

        private final Map<String, Entry> names = new HashMap<>();
        private final Map<String, Entry> domains = new HashMap<>();
        private final Map<String, String> services = new HashMap<>();
        private final Map<String, String> webServices = new HashMap<>();
        private String userAgent = "Fixpoint-Fetcher/1.0";

        private Builder() {
        }

        /**
         * A DNS name and its addresses (IP literals, IPv4 or IPv6), always the same answer. A name of the form
         * {@code *.example.com} stands for every name below {@code example.com}, at any depth (not for
         * {@code example.com} itself).
         */
        public Builder host(String name, String... addresses) {
            return rebinding(name, List.of(addresses));
        }

        /**
         * A DNS name whose answer changes from one lookup to the next, as a zone with a zero TTL can (DNS rebinding):
         * the first lookup of a name gets the first answer, the second lookup the second one, and so on; the last
         * answer is given from then on. Each name a wildcard stands for is counted on its own.
         */
        @SafeVarargs
        public final Builder rebinding(String name, List<String>... answers) {
            if (answers.length == 0) {
                throw new IllegalArgumentException(name + ": no answer");
            }
            List<List<byte[]>> parsed = new ArrayList<>();
            for (List<String> answer : answers) {
                if (answer.isEmpty()) {
                    throw new IllegalArgumentException(name + ": an answer without addresses");
                }
                List<byte[]> addresses = new ArrayList<>();
                for (String address : answer) {
                    addresses.add(address(address));
                }
                parsed.add(List.copyOf(addresses));
            }
            String normal = normalName(name);
            boolean wildcard = normal.startsWith("*.");
            String key = wildcard ? normal.substring(2) : normal;
            if (key.isEmpty() || key.contains("*") || Dns.literal(key) != null) {
                throw new IllegalArgumentException("not a DNS name: " + name);
            }
            Map<String, Entry> zone = wildcard ? domains : names;
            if (zone.putIfAbsent(key, new Entry(List.copyOf(parsed))) != null) {
                throw new IllegalArgumentException(name + " is in the zone already");
            }
            return this;
        }

        /** The lab service {@code service} (as named in {@code lab.yaml}) answers at {@code address} on {@code port}. */
        public Builder service(String address, int port, String service) {
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("not a port: " + port);
            }
            if (services.putIfAbsent(route(address(address)) + "#" + port, service) != null) {
                throw new IllegalArgumentException(address + " port " + port + " has a service already");
            }
            return this;
        }

        /**
         * The lab service {@code service} is a web server that answers at {@code address} on every port (public sites
         * run on 80, 443, 8080, 3000, ...), unless a {@link #service} is placed at one of its ports.
         */
        public Builder web(String address, String service) {
            if (webServices.putIfAbsent(route(address(address)), service) != null) {
                throw new IllegalArgumentException(address + " has a web server already");
            }
            return this;
        }

        /** The User-Agent header the fetcher sends. */
        public Builder userAgent(String userAgent) {
            if (userAgent.isBlank() || userAgent.chars().anyMatch(c -> c < 0x20 || c > 0x7e)) {
                throw new IllegalArgumentException("not a header value: " + userAgent);
            }
            this.userAgent = userAgent;
            return this;
        }

        /**
         * The network, its services at the addresses the platform gave them in this run.
         *
         * @throws java.util.NoSuchElementException when a service is not one of the lab's
         */
        public Network build(ServiceContext context) {
            Map<String, URI> servers = new HashMap<>();
            services.forEach((key, service) -> servers.put(key, context.peer(service)));
            Map<String, URI> webServers = new HashMap<>();
            webServices.forEach((key, service) -> webServers.put(key, context.peer(service)));
            return new Network(this, servers, webServers);
        }

        private static String normalName(String name) {
            String normal = name.trim().toLowerCase(Locale.ROOT);
            return normal.endsWith(".") ? normal.substring(0, normal.length() - 1) : normal;
        }

        private static byte[] address(String literal) {
            byte[] bytes = Dns.literal(literal);
            if (bytes == null) {
                throw new IllegalArgumentException("not an IP address: " + literal);
            }
            return bytes;
        }
    }
}
