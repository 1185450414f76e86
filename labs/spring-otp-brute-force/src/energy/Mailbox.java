package energy;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The mail gateway, as the test environment has it: mails are kept in memory, and each customer's inbox can be read
 * with the gateway's key. It stands for the customer's own e-mail, which only they can read.
 */
@RestController
public class Mailbox {

    public record Mail(String to, String subject, String text, Instant sentAt) {
    }

    private final Map<String, List<Mail>> inboxes = new ConcurrentHashMap<>();
    private final byte[] key;

    public Mailbox(@Value("${fixpoint.secrets.mail-key}") String key) {
        this.key = key.getBytes(StandardCharsets.UTF_8);
    }

    public void send(String to, String subject, String text) {
        inboxes.computeIfAbsent(to.toLowerCase(Locale.ROOT), address -> new CopyOnWriteArrayList<>())
                .add(new Mail(to, subject, text, Instant.now()));
    }

    /** The inbox of one address, oldest mail first. */
    @GetMapping("/mailbox/{address}")
    public List<Mail> inbox(@PathVariable String address, @RequestHeader(name = "X-Mail-Key", defaultValue = "") String given) {
        if (!MessageDigest.isEqual(key, given.getBytes(StandardCharsets.UTF_8))) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED);
        }
        return inboxes.getOrDefault(address.toLowerCase(Locale.ROOT), List.of());
    }
}
