package portal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.stereotype.Service;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Password resets: a one-time link by e-mail, valid for 30 minutes. */
@Service
public class PasswordResets {

    /** A reset that was started: {@code reference} names it in support tickets, {@code link} holds the secret token. */
    public record Reset(String reference, String username, String link) {
    }

    /** A message the portal sent, as the delivery log keeps it (no body). */
    public record Delivery(String to, String subject, String reference) {
    }

    private record Pending(String username, Instant expires) {
    }

    private static final String LINK = "https://portal.maplewood-energy.example/password-reset?token=";

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private final List<Delivery> deliveries = new ArrayList<>();
    private final InMemoryUserDetailsManager users;
    private final PasswordEncoder encoder;

    PasswordResets(InMemoryUserDetailsManager users, PasswordEncoder encoder) {
        this.users = users;
        this.encoder = encoder;
    }

    /** Starts a reset and e-mails the link to the customer; empty when there is no such customer. */
    public Optional<Reset> start(String username) {
        if (username == null || !users.userExists(username)) {
            return Optional.empty();
        }
        byte[] token = new byte[32];
        random.nextBytes(token);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(token);
        String reference = "PR-" + HexFormat.of().formatHex(token, 0, 3).toUpperCase();
        pending.put(secret, new Pending(username, Instant.now().plus(Duration.ofMinutes(30))));
        synchronized (deliveries) {
            deliveries.add(new Delivery(username, "Reset your Maplewood Energy password", reference));
        }
        return Optional.of(new Reset(reference, username, LINK + secret));
    }

    /** Sets the new password if the token is pending and fresh; the customer whose password changed. */
    public Optional<String> complete(String token, String newPassword) {
        Pending reset = token == null ? null : pending.remove(token);
        if (reset == null || reset.expires().isBefore(Instant.now()) || newPassword == null || newPassword.length() < 8) {
            return Optional.empty();
        }
        UserDetails user = users.loadUserByUsername(reset.username());
        users.updatePassword(user, encoder.encode(newPassword));
        return Optional.of(reset.username());
    }

    public List<Delivery> deliveries() {
        synchronized (deliveries) {
            return List.copyOf(deliveries);
        }
    }
}
