package dev.fixpoint.server.accounts;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The first start of an installation with no accounts: a one-time setup link, printed on the console (not
 * logged), creates the first administrator. There are no default passwords.
 */
@Component
public class FirstRunSetup {

    private final AccountService accounts;
    private final Environment environment;
    /** SHA-256 of the current setup token; null once an account exists. */
    private final AtomicReference<byte[]> tokenHash = new AtomicReference<>();

    FirstRunSetup(AccountService accounts, Environment environment) {
        this.accounts = accounts;
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce() {
        String base = "http://localhost:" + environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        System.out.println("Fixpoint is running at " + base + "/");
        if (!accounts.anyExists()) {
            System.out.println("First start: create the administrator at " + base + "/setup?token=" + newToken()
                    + " (the link works once).");
        }
    }

    /** A fresh one-time token, replacing any earlier one. */
    public String newToken() {
        String token = Secrets.generate("");
        tokenHash.set(sha256(token));
        return token;
    }

    boolean isValid(String token) {
        byte[] expected = tokenHash.get();
        return expected != null && token != null && !accounts.anyExists() && MessageDigest.isEqual(expected, sha256(token));
    }

    /** Creates the administrator if the token is valid, and spends the token. */
    synchronized Account complete(String token, String username, String password) {
        if (!isValid(token)) {
            throw new IllegalStateException("This setup link is no longer valid.");
        }
        Account admin = accounts.create(username, password, Role.ADMIN);
        tokenHash.set(null);
        return admin;
    }

    private static byte[] sha256(String token) {
        return Secrets.hash(token).getBytes(StandardCharsets.US_ASCII);
    }
}
