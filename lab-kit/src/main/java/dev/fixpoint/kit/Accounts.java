package dev.fixpoint.kit;

import dev.fixpoint.lab.Json;
import org.springframework.security.crypto.bcrypt.BCrypt;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Users kept in memory with bcrypt password hashes, and bearer sessions: opaque random tokens. {@link #routes} adds the
 * sign-up and log-in endpoints the check SDK's {@code Accounts} expects.
 */
public final class Accounts {

    /** Cost 4 (16 rounds) keeps grading fast, as checks sign many users up; a production service uses 10 or more. */
    public static final int BCRYPT_COST = 4;

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,39}");

    /**
     * A user as services see them.
     *
     * @param name the user name
     * @param role the role the lab gave them, such as {@code member} or {@code admin}
     */
    public record Account(String name, String role) {
    }

    private record Stored(String hash, Account account) {
    }

    private final Map<String, Stored> users = new ConcurrentHashMap<>();
    private final Map<String, Account> sessions = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final String signUpRole;

    /** @param signUpRole the role of users who sign themselves up */
    public Accounts(String signUpRole) {
        this.signUpRole = signUpRole;
    }

    /** Adds a user; false when the name is taken. */
    public boolean add(String name, String password, String role) {
        String hash = BCrypt.hashpw(password, BCrypt.gensalt(BCRYPT_COST, random));
        return users.putIfAbsent(name, new Stored(hash, new Account(name, role))) == null;
    }

    /** A new bearer token for the user, when the password is right. */
    public Optional<String> logIn(String name, String password) {
        Stored stored = name == null ? null : users.get(name);
        if (stored == null || password == null || !BCrypt.checkpw(password, stored.hash())) {
            return Optional.empty();
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        sessions.put(token, stored.account());
        return Optional.of(token);
    }

    /** The user whose bearer token the request carries. */
    public Optional<Account> caller(Incoming request) {
        return request.bearer().flatMap(this::caller);
    }

    /** The user a bearer token was issued to, for code that reads the token itself (a gateway, a filter). */
    public Optional<Account> caller(String token) {
        return Optional.ofNullable(token == null ? null : sessions.get(token));
    }

    /** The user whose bearer token the request carries; 401 when there is none or it is not valid. */
    public Account require(Incoming request) {
        return caller(request).orElseThrow(() -> HttpError.unauthorized("log in first"));
    }

    /**
     * Adds {@code POST signUpPath} (JSON {@code username} and {@code password}: 201, 400 when invalid, 409 when taken) and
     * {@code POST logInPath} (200 with {@code token}, 401 when wrong) to {@code router}.
     */
    public Router routes(Router router, String signUpPath, String logInPath) {
        return router.post(signUpPath, request -> {
            Json body = request.json();
            String name = body.get("username").text("");
            String password = body.get("password").text("");
            if (!NAME.matcher(name).matches()) {
                throw HttpError.badRequest("username: 3 to 40 lower-case letters, digits, '.', '_' or '-'");
            }
            if (password.length() < 8 || password.length() > 72) {
                throw HttpError.badRequest("password: 8 to 72 characters");
            }
            if (!add(name, password, signUpRole)) {
                throw HttpError.conflict("username taken");
            }
            return Answer.json(201, "username", name);
        }).post(logInPath, request -> {
            Json body = request.json();
            return logIn(body.get("username").text(null), body.get("password").text(null))
                    .map(token -> Answer.json(200, "token", token))
                    .orElseThrow(() -> HttpError.unauthorized("wrong username or password"));
        });
    }
}
