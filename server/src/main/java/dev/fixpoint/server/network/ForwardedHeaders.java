package dev.fixpoint.server.network;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Believes {@code X-Forwarded-For}, {@code -Proto}, {@code -Host} and {@code -Port} only from a trusted proxy
 * (see {@link TrustedProxies}), before anything else reads the request: sign-in throttling then counts the address
 * the proxy vouches for and the links the server writes point at the proxy. From any other peer these headers,
 * and {@code Forwarded}, are hidden, as if the client had never sent them.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ForwardedHeaders extends OncePerRequestFilter {

    private static final Pattern HOST = Pattern.compile("([A-Za-z0-9.-]{1,253}|\\[[0-9A-Fa-f:.]{2,45}])(?::(\\d{1,5}))?");

    private final TrustedProxies proxies;

    ForwardedHeaders(TrustedProxies proxies) {
        this.proxies = proxies;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(proxies.trusts(request.getRemoteAddr()) ? forwarded(request) : new Proxied(request, true, null, null, null, -1), response);
    }

    private Proxied forwarded(HttpServletRequest request) {
        String client = clientAddress(request);
        String scheme = last(request, "X-Forwarded-Proto").map(value -> value.toLowerCase(Locale.ROOT))
                .filter(value -> value.equals("http") || value.equals("https")).orElse(null);
        Matcher host = last(request, "X-Forwarded-Host").map(HOST::matcher).filter(Matcher::matches).orElse(null);
        int port = last(request, "X-Forwarded-Port").filter(value -> value.matches("\\d{1,5}")).map(Integer::parseInt)
                .orElse(host != null && host.group(2) != null ? Integer.parseInt(host.group(2)) : -1);
        if (port < 0 && (scheme != null || host != null)) {
            port = "https".equals(scheme != null ? scheme : request.getScheme()) ? 443 : 80;
        }
        return new Proxied(request, false, client, scheme, host == null ? null : host.group(1), port);
    }

    /**
     * The first address from the right of {@code X-Forwarded-For} that is not a trusted proxy: each proxy appends
     * the address it was connected from, so what lies left of that was written by the client and proves nothing.
     * Without a usable entry, the proxy's own address.
     */
    private String clientAddress(HttpServletRequest request) {
        List<String> hops = values(request, "X-Forwarded-For");
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<InetAddress> hop = AddressRange.literal(hops.get(i));
            if (hop.isEmpty()) {
                return null;
            }
            if (!proxies.trusts(hop.get()) || i == 0) {
                return hop.get().getHostAddress();
            }
        }
        return null;
    }

    private static Optional<String> last(HttpServletRequest request, String header) {
        List<String> values = values(request, header);
        return values.isEmpty() ? Optional.empty() : Optional.of(values.getLast());
    }

    private static List<String> values(HttpServletRequest request, String header) {
        List<String> values = new ArrayList<>();
        for (String line : Collections.list(request.getHeaders(header))) {
            for (String value : line.split(",")) {
                if (!value.isBlank()) {
                    values.add(value.strip());
                }
            }
        }
        return values;
    }

    /** The request as a trusted proxy describes it (nulls and -1 where it says nothing), or as it came without forwarding headers. */
    private static final class Proxied extends HttpServletRequestWrapper {

        private final boolean hideForwarding;
        private final String remoteAddress;
        private final String scheme;
        private final String host;
        private final int port;

        Proxied(HttpServletRequest request, boolean hideForwarding, String remoteAddress, String scheme, String host, int port) {
            super(request);
            this.hideForwarding = hideForwarding;
            this.remoteAddress = remoteAddress;
            this.scheme = scheme;
            this.host = host;
            this.port = port;
        }

        private boolean hidden(String name) {
            String lower = name.toLowerCase(Locale.ROOT);
            return hideForwarding && (lower.startsWith("x-forwarded-") || lower.equals("forwarded"));
        }

        @Override
        public String getHeader(String name) {
            return hidden(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return hidden(name)
                    ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                    .filter(name -> !hidden(name)).toList());
        }

        @Override
        public String getRemoteAddr() {
            return remoteAddress != null ? remoteAddress : super.getRemoteAddr();
        }

        @Override
        public String getRemoteHost() {
            return remoteAddress != null ? remoteAddress : super.getRemoteHost();
        }

        @Override
        public String getScheme() {
            return scheme != null ? scheme : super.getScheme();
        }

        @Override
        public boolean isSecure() {
            return scheme != null ? scheme.equals("https") : super.isSecure();
        }

        @Override
        public String getServerName() {
            return host != null ? host : super.getServerName();
        }

        @Override
        public int getServerPort() {
            return port >= 0 ? port : super.getServerPort();
        }

        @Override
        public StringBuffer getRequestURL() {
            String scheme = getScheme();
            int port = getServerPort();
            boolean defaultPort = (scheme.equals("https") && port == 443) || (scheme.equals("http") && port == 80);
            return new StringBuffer(scheme).append("://").append(getServerName()).append(defaultPort ? "" : ":" + port).append(getRequestURI());
        }
    }
}
