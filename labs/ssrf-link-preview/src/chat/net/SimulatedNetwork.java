package chat.net;

import dev.fixpoint.lab.ServiceContext;

import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The network the chat app runs in, simulated for the lab: the DNS zones it can look up and the servers that
 * answer at each address and port. Every server is one of the lab's services on a loopback port, so nothing
 * ever connects anywhere but 127.0.0.1. Part of the lab, not yours to change.
 *
 * <pre>
 * news.example, blog.example             93.184.215.14, 93.184.215.15   the public internet (every port)
 * *.attacker.example                     93.184.215.16 / 169.254.169.254 someone else's DNS zone
 * metadata.internal, metadata.google.internal
 *                                        169.254.169.254, fd00:ec2::254 the cloud's instance metadata service (port 80)
 * localhost                              127.0.0.1, ::1                 this machine: the management port 9090
 * (no name)                              10.0.3.7                       this machine's private address (port 9090)
 * </pre>
 */
public final class SimulatedNetwork {

    private static final byte[] NEWS = {93, (byte) 184, (byte) 215, 14};
    private static final byte[] BLOG = {93, (byte) 184, (byte) 215, 15};
    private static final byte[] ATTACKER_SERVER = {93, (byte) 184, (byte) 215, 16};
    private static final byte[] METADATA = {(byte) 169, (byte) 254, (byte) 169, (byte) 254};
    private static final byte[] METADATA_V6 = {(byte) 0xfd, 0, 0x0e, (byte) 0xc2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x02, 0x54};
    private static final byte[] LOOPBACK = {127, 0, 0, 1};
    private static final byte[] LOOPBACK_V6 = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1};
    private static final byte[] PRIVATE = {10, 0, 3, 7};

    private final Map<String, List<byte[]>> zone = new HashMap<>();
    private final Map<String, URI> servers = new HashMap<>();
    /** The public web servers, which answer on every port (sites run on 8080, 8443, 3000, ...). */
    private final Map<String, URI> webServers = new HashMap<>();
    private final Map<String, Integer> lookups = new ConcurrentHashMap<>();

    private SimulatedNetwork() {
    }

    /** The network of one lab run: the servers are the lab's services, at the ports the platform gave them. */
    public static SimulatedNetwork forLab(ServiceContext context) {
        SimulatedNetwork network = new SimulatedNetwork();
        network.zone.put("news.example", List.of(NEWS));
        network.zone.put("www.news.example", List.of(NEWS));
        network.zone.put("blog.example", List.of(BLOG));
        network.zone.put("metadata.internal", List.of(METADATA));
        network.zone.put("metadata.google.internal", List.of(METADATA));
        network.zone.put("localhost", List.of(LOOPBACK, LOOPBACK_V6));
        for (byte[] web : List.of(NEWS, BLOG, ATTACKER_SERVER)) {
            network.webServers.put(key(web, 0), context.peer("web"));
        }
        network.servers.put(key(METADATA, 80), context.peer("metadata"));
        network.servers.put(key(METADATA_V6, 80), context.peer("metadata"));
        network.servers.put(key(LOOPBACK, 9090), context.peer("management"));
        network.servers.put(key(PRIVATE, 9090), context.peer("management"));
        return network;
    }

    /** The addresses a name has, as the authoritative servers answer; empty when the name does not exist. */
    List<byte[]> lookUp(String name) {
        if (name.equals("attacker.example") || name.endsWith(".attacker.example")) {
            if (name.endsWith(".rebind.attacker.example")) {
                // A zone with a zero TTL whose server answers with a harmless address first, then with the metadata service.
                int count = lookups.merge(name, 1, Integer::sum);
                return List.of(count == 1 ? ATTACKER_SERVER : METADATA);
            }
            return List.of(METADATA);
        }
        return zone.getOrDefault(name, List.of());
    }

    /**
     * The loopback address of the lab service that answers at {@code address} and {@code port}.
     *
     * @throws ConnectException when nothing listens there (nothing is contacted to find out)
     */
    URI server(InetAddress address, int port) throws ConnectException {
        URI server = servers.getOrDefault(key(address.getAddress(), port), webServers.get(key(address.getAddress(), 0)));
        if (server == null) {
            throw new ConnectException("Connection refused: " + address.getHostAddress() + " port " + port);
        }
        return server;
    }

    private static String key(byte[] address, int port) {
        byte[] bytes = address;
        if (bytes.length == 16 && isIpv4Mapped(bytes)) {
            bytes = Arrays.copyOfRange(bytes, 12, 16);
        }
        if (bytes.length == 4 && (bytes[0] == 127 || (bytes[0] | bytes[1] | bytes[2] | bytes[3]) == 0)) {
            bytes = LOOPBACK; // 127.0.0.0/8 and 0.0.0.0 reach this machine, as on Linux
        } else if (bytes.length == 16 && (Arrays.equals(bytes, new byte[16]) || Arrays.equals(bytes, LOOPBACK_V6))) {
            bytes = LOOPBACK; // :: and ::1 too
        }
        try {
            return InetAddress.getByAddress(bytes).getHostAddress().toLowerCase(Locale.ROOT) + "#" + port;
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
}
