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
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing without locking the owner out. After {@link #FREE_FAILURES} failed checks of a user
 * name's password, each further check must wait a delay that doubles with every failure, up to {@link #MAX_DELAY};
 * a check asked for sooner is refused unchecked and not counted, and a browser the name signed in from before
 * (see {@link KnownDevices}) is not delayed at all. The failures are forgotten {@link #WINDOW} after the last one,
 * or when an administrator unlocks the name. After {@link #MAX_FAILURES_PER_ADDRESS} failures from one address
 * within the window (any names), checks from that address are refused; that limit is higher because an office
 * behind one NAT address shares it.
 */
@Component
class LoginThrottle {

    static final int FREE_FAILURES = 5;
    static final Duration FIRST_DELAY = Duration.ofSeconds(1);
    static final Duration MAX_DELAY = Duration.ofMinutes(5);
    static final int MAX_FAILURES_PER_ADDRESS = 30;
    static final Duration WINDOW = Duration.ofMinutes(15);
    /** Above this many remembered names or addresses, expired ones are forgotten, so that guessing cannot fill the memory. */
    static final int PRUNE_ABOVE = 10_000;

    private record Failures(int count, Instant first, Instant last) {
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

    /** How long a password check for the name must still wait, if it must. */
    Optional<Duration> nameWait(String username) {
        Failures failures = byName.get(key(username));
        Instant now = clock.instant();
        if (failures == null || failures.count() < FREE_FAILURES || !failures.last().plus(WINDOW).isAfter(now)) {
            return Optional.empty();
        }
        Duration left = Duration.between(now, failures.last().plus(delay(failures.count())));
        return left.isPositive() ? Optional.of(left) : Optional.empty();
    }

    /** The wait after {@code failures} failed checks of one name: none for the first few, then doubling. */
    static Duration delay(int failures) {
        if (failures < FREE_FAILURES) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - FREE_FAILURES, 30);
        Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    /** Failed checks of the name's password that are still remembered. */
    int failures(String username) {
        Failures failures = byName.get(key(username));
        return failures == null || !failures.last().plus(WINDOW).isAfter(clock.instant()) ? 0 : failures.count();
    }

    boolean isAddressBlocked(String address) {
        Failures failures = address == null ? null : byAddress.get(address);
        return failures != null && failures.count() >= MAX_FAILURES_PER_ADDRESS && failures.first().plus(WINDOW).isAfter(clock.instant());
    }

    /** The address a sign-in came from: the client's, or behind a trusted proxy the one it forwarded. */
    static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        failed(event.getAuthentication().getName(), address(event.getAuthentication()));
    }

    /** Counts a wrong password for the name, from the address (null when unknown). */
    void failed(String username, String address) {
        Instant now = clock.instant();
        count(byName, key(username), now, WINDOW, true);
        if (address != null) {
            count(byAddress, address, now, WINDOW, false);
        }
    }

    /** Clears the name's failures; the address's stay, or one working account would let its holder guess others' passwords. */
    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        succeeded(event.getAuthentication().getName());
    }

    void succeeded(String username) {
        byName.remove(key(username));
    }

    /** An administrator lets the name sign in again at once; false when it had no failures remembered. */
    boolean unlock(String username) {
        return byName.remove(key(username)) != null;
    }

    /** How many names and addresses are remembered. */
    int remembered() {
        return byName.size() + byAddress.size();
    }

    /** A name's failures expire a window after the last one (each failure prolongs them); an address's a window after the first. */
    private static void count(Map<String, Failures> failures, String key, Instant now, Duration window, boolean sliding) {
        if (failures.size() >= PRUNE_ABOVE) {
            failures.values().removeIf(old -> !(sliding ? old.last() : old.first()).plus(window).isAfter(now));
        }
        failures.merge(key, new Failures(1, now, now), (old, added) -> !(sliding ? old.last() : old.first()).plus(window).isAfter(now)
                ? added : new Failures(old.count() + 1, old.first(), now));
    }

    private static String key(String username) {
        return username == null ? "" : username.toLowerCase(Locale.ROOT);
    }
}
