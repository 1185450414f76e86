package energy;

import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** The six-digit sign-in codes sent by e-mail. */
@Component
public class OneTimeCodes {

    static final Duration VALID_FOR = Duration.ofMinutes(10);

    private record IssuedCode(String code, Instant expires) {
    }

    private final SecureRandom random = new SecureRandom();
    private final Map<String, List<IssuedCode>> issued = new ConcurrentHashMap<>();

    /** A new code for the customer. Codes sent before stay valid until they expire: mails can arrive out of order. */
    public String issue(String username) {
        String code = "%06d".formatted(random.nextInt(1_000_000));
        issued.computeIfAbsent(username, name -> new CopyOnWriteArrayList<>()).add(new IssuedCode(code, Instant.now().plus(VALID_FOR)));
        return code;
    }

    /** Whether the code is one of the customer's unexpired codes. */
    public boolean check(String username, String code) {
        Instant now = Instant.now();
        return issued.getOrDefault(username, List.of()).stream()
                .anyMatch(issuedCode -> issuedCode.expires().isAfter(now) && issuedCode.code().equals(code));
    }
}
