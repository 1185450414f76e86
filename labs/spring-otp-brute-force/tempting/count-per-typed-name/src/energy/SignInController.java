package energy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Two-step sign-in: the password, which sends a code to the customer's e-mail address, then the code. */
@RestController
public class SignInController {

    public record Credentials(@NotBlank String username, @NotBlank String password) {
    }

    public record CodeEntry(@NotBlank String username, @NotBlank String code) {
    }

    private final CustomerRepository customers;
    private final PasswordEncoder passwordEncoder;
    private final OneTimeCodes codes;
    private final Mailbox mail;
    private final BearerTokens tokens;
    /** Wrong codes per username: five, and the account is shut until the customer gets it right. */
    private final Map<String, AtomicInteger> failuresByUsername = new ConcurrentHashMap<>();

    public SignInController(CustomerRepository customers, PasswordEncoder passwordEncoder, OneTimeCodes codes, Mailbox mail,
                            BearerTokens tokens) {
        this.customers = customers;
        this.passwordEncoder = passwordEncoder;
        this.codes = codes;
        this.mail = mail;
        this.tokens = tokens;
    }

    @PostMapping("/api/login")
    public ResponseEntity<?> login(@Valid @RequestBody Credentials credentials) {
        Optional<Customer> customer = customers.findByUsernameIgnoreCase(credentials.username());
        if (customer.isEmpty() || !passwordEncoder.matches(credentials.password(), customer.get().password())) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Map.of("error", "wrong username or password"));
        }
        String code = codes.issue(customer.get().username());
        mail.send(customer.get().email(), "Your Brightwater sign-in code",
                "Your sign-in code is " + code + ". It is valid for 10 minutes.");
        return ResponseEntity.ok(Map.of("status", "code-sent", "to", customer.get().email()));
    }

    @PostMapping("/api/login/code")
    public ResponseEntity<?> code(@Valid @RequestBody CodeEntry entry) {
        AtomicInteger failures = failuresByUsername.computeIfAbsent(entry.username(), key -> new AtomicInteger());
        if (failures.get() >= 5) {
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).body(Map.of("error", "too many wrong codes"));
        }
        Optional<Customer> customer = customers.findByUsernameIgnoreCase(entry.username());
        if (customer.isEmpty() || !codes.check(customer.get().username(), entry.code().strip())) {
            failures.incrementAndGet();
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Map.of("error", "wrong or expired code"));
        }
        return ResponseEntity.ok(Map.of("token", tokens.issue(customer.get().username())));
    }
}
