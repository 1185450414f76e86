package energy;

import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** The six-digit sign-in codes sent by e-mail, with at most five wrong guesses per customer before they sign in again. */
@Component
public class OneTimeCodes {

    static final Duration VALID_FOR = Duration.ofMinutes(10);
    static final int MAX_FAILURES = 5;

    private record IssuedCode(String code, Instant expires) {
    }

    private final SecureRandom random = new SecureRandom();
    private final Map<String, List<IssuedCode>> issued = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();

    /** A new code for the customer, and a fresh count. Codes sent before stay valid: mails can arrive out of order. */
    public String issue(String username) {
        String code = "%06d".formatted(random.nextInt(1_000_000));
        issued.computeIfAbsent(username, name -> new CopyOnWriteArrayList<>()).add(new IssuedCode(code, Instant.now().plus(VALID_FOR)));
        failures.put(username, new AtomicInteger());
        return code;
    }

    /** Whether the code is one of the customer's unexpired codes, unless they have guessed wrong five times since their last code. */
    public boolean check(String username, String code) {
        AtomicInteger wrong = failures.computeIfAbsent(username, name -> new AtomicInteger());
        if (wrong.get() >= MAX_FAILURES) {
            return false;
        }
        Instant now = Instant.now();
        boolean matched = issued.getOrDefault(username, List.of()).stream()
                .anyMatch(issuedCode -> issuedCode.expires().isAfter(now) && issuedCode.code().equals(code));
        if (!matched) {
            wrong.incrementAndGet();
        }
        return matched;
    }
}
