package energy;

import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The six-digit sign-in codes sent by e-mail: one challenge per customer, which holds its code and its own count of
 * wrong guesses. A new code replaces the old one; the challenge ends on the right code and after MAX_FAILURES wrong ones.
 */
@Component
public class OneTimeCodes {

    static final Duration VALID_FOR = Duration.ofMinutes(10);
    static final int MAX_FAILURES = 5;

    private record Challenge(String code, Instant expires, int failures) {
    }

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Challenge> challenges = new ConcurrentHashMap<>();

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
        boolean[] matched = {false};
        challenges.computeIfPresent(username, (name, challenge) -> {
            if (challenge.expires().isBefore(Instant.now())) {
                return null;
            }
            if (MessageDigest.isEqual(challenge.code().getBytes(StandardCharsets.UTF_8), code.getBytes(StandardCharsets.UTF_8))) {
                matched[0] = true;
                return null;                       // used: a code signs in once
            }
            int failures = challenge.failures() + 1;
            return failures >= MAX_FAILURES ? null : new Challenge(challenge.code(), challenge.expires(), failures);
        });
        return matched[0];
    }
}
