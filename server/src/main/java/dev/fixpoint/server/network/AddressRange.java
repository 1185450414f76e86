package dev.fixpoint.server.network;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A block of IP addresses in CIDR notation ({@code 10.0.0.0/8}, {@code fd00::/8}) or a single address. Only
 * literals are read, never looked up in DNS. Java reads an IPv4-mapped IPv6 address ({@code ::ffff:127.0.0.1})
 * as the IPv4 address it maps, so an IPv4 range contains it too.
 */
public final class AddressRange {

    private static final Pattern IPV4 = Pattern.compile("((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private final byte[] network;
    private final int prefix;
    private final String text;

    private AddressRange(byte[] network, int prefix, String text) {
        this.network = network;
        this.prefix = prefix;
        this.text = text;
    }

    /**
     * Reads {@code 192.0.2.10}, {@code 10.0.0.0/8}, {@code ::1} or {@code fc00::/7}. Spring's binder reads each entry of
     * {@code fixpoint.trusted-proxies} through this method (its convention for a static {@code of(String)}).
     *
     * @throws IllegalArgumentException naming the text when it is neither an IP address nor a CIDR range
     */
    public static AddressRange of(String text) {
        String trimmed = text == null ? "" : text.strip();
        int slash = trimmed.indexOf('/');
        Optional<InetAddress> address = literal(slash < 0 ? trimmed : trimmed.substring(0, slash));
        if (address.isEmpty()) {
            throw new IllegalArgumentException("'" + trimmed + "' is not an IP address or a CIDR range such as 10.0.0.5 or 10.0.0.0/24"
                    + " (host names are not accepted)");
        }
        byte[] bytes = address.get().getAddress();
        int bits = bytes.length * 8;
        int prefix = bits;
        if (slash >= 0) {
            String length = trimmed.substring(slash + 1);
            if (!length.matches("\\d{1,3}") || Integer.parseInt(length) > bits) {
                throw new IllegalArgumentException("'" + trimmed + "' has a prefix length that is not 0 to " + bits);
            }
            prefix = Integer.parseInt(length);
        }
        return new AddressRange(bytes, prefix, trimmed);
    }

    /** The address an IP literal names (brackets around IPv6 allowed), or empty for anything else, such as a host name. */
    public static Optional<InetAddress> literal(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.length() > 2 && trimmed.startsWith("[") && trimmed.endsWith("]")) {
            trimmed = trimmed.substring(1, trimmed.length() - 1);
        }
        if (!IPV4.matcher(trimmed).matches() && !IPV6.matcher(trimmed).matches()) {
            return Optional.empty();
        }
        try {
            // A literal is parsed, not resolved: these patterns let no host name through.
            return Optional.of(InetAddress.getByName(trimmed));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    public boolean contains(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length != network.length) {
            return false;
        }
        int whole = prefix / 8;
        for (int i = 0; i < whole; i++) {
            if (bytes[i] != network[i]) {
                return false;
            }
        }
        int rest = prefix % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xFF << (8 - rest)) & 0xFF;
        return (bytes[whole] & mask) == (network[whole] & mask);
    }

    @Override
    public String toString() {
        return text;
    }
}
