package dev.fixpoint.kit.net;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The resolver of a simulated {@link Network}: use it where you would call {@code InetAddress.getAllByName}.
 * {@code InetAddress} itself does not know the network's hosts.
 *
 * <p>Like the resolvers real HTTP clients use, it accepts every spelling of an address: IPv4 as dotted
 * decimal, as one number ({@code 3232235777}), in hex or octal ({@code 0xC0A80101}, {@code 0300.0250.1.1}) or
 * with fewer parts ({@code 127.1}); IPv6 in brackets or not; and names in any case, with or without the
 * trailing dot of a fully qualified name. A name's answer is looked up afresh every time (no caching).
 */
public final class Dns {

    private final Network network;

    Dns(Network network) {
        this.network = network;
    }

    /**
     * Every address of {@code host}, as {@code InetAddress.getAllByName} returns them; an IP literal is
     * returned as it is, without a lookup. IPv4-mapped IPv6 addresses come back as IPv4 addresses, as the JDK
     * returns them.
     *
     * @throws UnknownHostException when the host is not an address and the name does not exist
     */
    public List<InetAddress> resolve(String host) throws UnknownHostException {
        if (host == null || host.isBlank()) {
            throw new UnknownHostException("no host");
        }
        String name = host.toLowerCase(Locale.ROOT);
        if (isIpv6(name)) {
            return List.of(InetAddress.getByAddress(host, ipv6(host, name)));
        }
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        byte[] ipv4 = ipv4(name);
        if (ipv4 != null) {
            return List.of(InetAddress.getByAddress(host, ipv4));
        }
        List<InetAddress> addresses = new ArrayList<>();
        for (byte[] address : network.lookUp(name)) {
            addresses.add(InetAddress.getByAddress(host, address));
        }
        if (addresses.isEmpty()) {
            throw new UnknownHostException(host + ": Name or service not known");
        }
        return List.copyOf(addresses);
    }

    /** The network the fetcher connects through. */
    Network network() {
        return network;
    }

    /** The bytes of an IP literal in any spelling {@link #resolve} accepts, or null when {@code text} is not one. */
    static byte[] literal(String text) {
        String name = text.trim().toLowerCase(Locale.ROOT);
        if (name.isEmpty()) {
            return null;
        }
        if (isIpv6(name)) {
            try {
                return ipv6(text, name);
            } catch (UnknownHostException e) {
                return null;
            }
        }
        return ipv4(name.endsWith(".") ? name.substring(0, name.length() - 1) : name);
    }

    private static boolean isIpv6(String name) {
        return name.startsWith("[") && name.endsWith("]") || name.indexOf(':') >= 0;
    }

    private static byte[] ipv6(String host, String name) throws UnknownHostException {
        String literal = name.startsWith("[") && name.endsWith("]") ? name.substring(1, name.length() - 1) : name;
        if (literal.isEmpty() || !literal.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == ':' || c == '.')) {
            throw new UnknownHostException(host + ": invalid IPv6 address");
        }
        // A bracketed literal is parsed, never looked up: the JDK throws rather than asking a DNS server.
        return InetAddress.getByName("[" + literal + "]").getAddress();
    }

    /** An IPv4 address in any form inet_aton(3) and browsers accept, or null when {@code name} is not one. */
    private static byte[] ipv4(String name) {
        String[] parts = name.split("\\.", -1);
        if (parts.length > 4) {
            return null;
        }
        long[] numbers = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            numbers[i] = number(parts[i]);
            if (numbers[i] < 0) {
                return null;
            }
        }
        long value = 0;
        for (int i = 0; i < parts.length - 1; i++) {
            if (numbers[i] > 255) {
                return null;
            }
            value |= numbers[i] << (8 * (3 - i));
        }
        long last = numbers[parts.length - 1];
        if (last >= 1L << (8 * (5 - parts.length))) {
            return null;
        }
        value |= last;
        return new byte[] {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value};
    }

    /** A decimal, 0x-hex or 0-octal number of at most 32 bits, or -1. */
    private static long number(String part) {
        boolean hex = part.startsWith("0x");
        boolean octal = !hex && part.length() > 1 && part.startsWith("0");
        int radix = hex ? 16 : octal ? 8 : 10;
        String digits = hex ? part.substring(2) : octal ? part.substring(1) : part;
        if (hex && digits.isEmpty()) {
            return 0;
        }
        if (digits.isEmpty() || digits.length() > 11 || !digits.chars().allMatch(c -> Character.digit(c, radix) >= 0)) {
            return -1;
        }
        long value = Long.parseLong(digits, radix);
        return value > 0xFFFFFFFFL ? -1 : value;
    }
}
