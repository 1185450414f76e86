package gateway;

import org.springframework.security.crypto.bcrypt.BCrypt;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Sign-up, log-in and bearer tokens. Tokens are opaque random strings held in memory. */
public class Accounts {

    /** BCrypt cost 4 (16 rounds) keeps the lab fast; a production service would use 10 or more. */
    private static final int BCRYPT_COST = 4;

    private final Map<String, String> passwordHashes = new ConcurrentHashMap<>();
    private final Map<String, String> sessions = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();

    /** Creates an account; false if the name is taken. */
    public boolean signUp(String username, String password) {
        return passwordHashes.putIfAbsent(username, BCrypt.hashpw(password, BCrypt.gensalt(BCRYPT_COST, random))) == null;
    }

    /** A new bearer token for the user, if the password is right. */
    public Optional<String> logIn(String username, String password) {
        String hash = passwordHashes.get(username);
        if (hash == null || !BCrypt.checkpw(password, hash)) {
            return Optional.empty();
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        sessions.put(token, username);
        return Optional.of(token);
    }

    /** The user id (the username) a bearer token belongs to. */
    public Optional<String> authenticate(String token) {
        return token == null ? Optional.empty() : Optional.ofNullable(sessions.get(token));
    }
}
