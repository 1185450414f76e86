package energy;

import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The six-digit sign-in codes sent by e-mail: one challenge per customer; a new code replaces the old one and a used code
 * is void. After MAX_FAILURES wrong codes in a quarter of an hour, code sign-in pauses until the quarter is over.
 */
@Component
public class OneTimeCodes {

    static final Duration VALID_FOR = Duration.ofMinutes(10);
    static final int MAX_FAILURES = 5;

    private record Challenge(String code, Instant expires, int failures) {
    }

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Challenge> challenges = new ConcurrentHashMap<>();
    private final AtomicInteger failures = new AtomicInteger();
    private volatile Instant windowStart = Instant.now();

    /** A new code for the customer; any code sent before is void from now on. */
    public String issue(String username) {
        String code = "%06d".formatted(random.nextInt(1_000_000));
        challenges.put(username, new Challenge(code, Instant.now().plus(VALID_FOR), 0));
        return code;
    }

    /**
     * Whether the code is the customer's current one. Checked and counted in one atomic step per customer (compute), so
     * that guesses sent at once cannot all be checked against the same count.
     */
    public boolean check(String username, String code) {
        if (windowStart.plus(Duration.ofMinutes(15)).isBefore(Instant.now())) {
            windowStart = Instant.now();
            failures.set(0);
        }
        if (failures.get() >= MAX_FAILURES) {
            return false;
        }
        boolean[] matched = {false};
        challenges.computeIfPresent(username, (name, challenge) -> {
            if (challenge.expires().isBefore(Instant.now())) {
                return null;
            }
            if (MessageDigest.isEqual(challenge.code().getBytes(StandardCharsets.UTF_8), code.getBytes(StandardCharsets.UTF_8))) {
                matched[0] = true;
                return null;                       // used: a code signs in once
            }
            return challenge;
        });
        if (!matched[0]) {
            failures.incrementAndGet();
        }
        return matched[0];
    }
}
