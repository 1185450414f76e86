package dev.fixpoint.server.accounts;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing. After {@link #MAX_FAILURES} failed sign-ins for a user name within the window,
 * sign-ins for that name are refused until the window has passed, even with the right password; after
 * {@link #MAX_FAILURES_PER_ADDRESS} from one address (any names), sign-ins from that address are. The second
 * limit is higher because an office behind one NAT address shares it.
 */
@Component
class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final int MAX_FAILURES_PER_ADDRESS = 30;
    static final Duration WINDOW = Duration.ofMinutes(15);
    /** Above this many remembered names or addresses, expired ones are forgotten, so that guessing cannot fill the memory. */
    static final int PRUNE_ABOVE = 10_000;

    private record Failures(int count, Instant first) {
    }

    private final Map<String, Failures> byName = new ConcurrentHashMap<>();
    private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle() {
        this(Clock.systemUTC());
    }

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    boolean isBlocked(String username) {
        return blocked(byName.get(key(username)), MAX_FAILURES);
    }

    boolean isAddressBlocked(String address) {
        return address != null && blocked(byAddress.get(address), MAX_FAILURES_PER_ADDRESS);
    }

    /** The address a sign-in came from: the client's, or behind a trusted proxy the one it forwarded. */
    static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        count(byName, key(event.getAuthentication().getName()));
        String address = address(event.getAuthentication());
        if (address != null) {
            count(byAddress, address);
        }
    }

    /** Clears the name's failures; the address's stay, or one working account would let its holder guess others' passwords. */
    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        byName.remove(key(event.getAuthentication().getName()));
    }

    /** How many names and addresses are remembered. */
    int remembered() {
        return byName.size() + byAddress.size();
    }

    private boolean blocked(Failures current, int max) {
        return current != null && current.count() >= max && !expired(current, clock.instant());
    }

    private void count(Map<String, Failures> failures, String key) {
        Instant now = clock.instant();
        if (failures.size() >= PRUNE_ABOVE) {
            failures.values().removeIf(old -> expired(old, now));
        }
        failures.merge(key, new Failures(1, now), (old, added) -> expired(old, now) ? added : new Failures(old.count() + 1, old.first()));
    }

    private static boolean expired(Failures failures, Instant now) {
        return !failures.first().plus(WINDOW).isAfter(now);
    }

    private static String key(String username) {
        return username == null ? "" : username.toLowerCase(Locale.ROOT);
    }
}
