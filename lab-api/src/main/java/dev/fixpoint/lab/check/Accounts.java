package dev.fixpoint.lab.check;

import dev.fixpoint.lab.Json;
import dev.fixpoint.lab.SetupFailedException;

import java.util.Objects;

/**
 * Signs users up and logs them in through a service's JSON endpoints, the way most labs take accounts:
 * {@code {"username": ..., "password": ...}} posted to a sign-up path, then to a log-in path that answers with a token
 * field (a bearer session) or sets a cookie. Immutable: each setting returns new accounts.
 */
public final class Accounts {

    private final Client client;
    private final String signUpPath;
    private final String logInPath;
    private final String usernameField;
    private final String passwordField;
    private final String tokenField;

    private Accounts(Client client, String signUpPath, String logInPath, String usernameField, String passwordField, String tokenField) {
        this.client = Objects.requireNonNull(client, "client");
        this.signUpPath = signUpPath;
        this.logInPath = Objects.requireNonNull(logInPath, "logInPath");
        this.usernameField = usernameField;
        this.passwordField = passwordField;
        this.tokenField = tokenField;
    }

    /**
     * Accounts of {@code client}'s service with these endpoints; the log-in answers with a {@code token} field.
     *
     * @param signUpPath where new users sign up, or null when the lab has only seeded users
     */
    public static Accounts of(Client client, String signUpPath, String logInPath) {
        return new Accounts(client.as(Session.NONE), signUpPath, logInPath, "username", "password", "token");
    }

    /** The names of the user name and password fields, when they are not {@code username} and {@code password}. */
    public Accounts fields(String username, String password) {
        return new Accounts(client, signUpPath, logInPath, username, password, tokenField);
    }

    /** The field of the log-in answer that holds the bearer token; null when the log-in sets a session cookie instead. */
    public Accounts token(String field) {
        return new Accounts(client, signUpPath, logInPath, usernameField, passwordField, field);
    }

    /**
     * Signs up a new user with a random name ({@code prefix-xxxxxxxx}) and password, then logs them in.
     *
     * @throws SetupFailedException if either step does not work
     */
    public User signUp(String prefix) throws SetupFailedException {
        if (signUpPath == null) {
            throw new IllegalStateException("these accounts have no sign-up path");
        }
        String name = client.context().randomName(prefix);
        String password = client.context().randomName("pw");
        client.post(signUpPath).json(usernameField, name, passwordField, password).expect("signing up " + name);
        return logIn(name, password);
    }

    /**
     * Logs an existing user in.
     *
     * @throws SetupFailedException if the log-in does not answer 2xx with a token (or a cookie)
     */
    public User logIn(String name, String password) throws SetupFailedException {
        Reply reply = client.post(logInPath).json(usernameField, name, passwordField, password).expect("logging in as " + name);
        if (tokenField == null) {
            Session session = Session.cookies(reply).orElseThrow(() ->
                    new SetupFailedException("logging in as " + name + ": POST " + logInPath + " set no cookie"));
            return new User(name, password, session);
        }
        Json token = reply.need("logging in as " + name, tokenField);
        return new User(name, password, Session.bearer(token.text().orElseThrow(() ->
                new SetupFailedException("logging in as " + name + ": the '" + tokenField + "' field is not a string"))));
    }
}
